//! `wooshpay::webhooks`: signature verification against independently computed HMACs, every
//! rejection reason, garbage headers and bodies (proptest), event decoding (disputes, unknown
//! types), and a real delivery over HTTP to the `webhook_server` example's router.

use std::time::Duration;

use hmac::{Hmac, Mac};
use proptest::prelude::*;
use sha2::Sha256;
use wooshpay::webhooks::{
    construct_event, construct_event_at, signature_header, verify_signature_at, Event, EventType,
    WebhookError, DEFAULT_TOLERANCE, SIGNATURE_HEADER,
};
use wooshpay::{Dispute, DisputeStatus};

/// The example endpoint, compiled into this test so the test exercises the same router.
#[allow(dead_code)]
#[path = "../../generated-client/examples/webhook_server.rs"]
mod webhook_server;

const SECRET: &str = "whsec_test_secret_2f8a1c";
const T: i64 = 1_700_000_000;

/// A body and its signature at `T` under `SECRET`, computed once outside Rust:
/// `python3 -c "import hmac,hashlib; print(hmac.new(b'whsec_test_secret_2f8a1c', b'1700000000.' + BODY, hashlib.sha256).hexdigest())"`
/// and checked with `printf '%s' "1700000000.$BODY" | openssl dgst -sha256 -hmac whsec_test_secret_2f8a1c`.
const FIXED_BODY: &str = r#"{"id":"evt_fixed","object":"event","api_version":"2022-11-15","created":1700000000,"type":"product.created","data":{"object":{"id":"prod_1","object":"product","name":"T-shirt"}}}"#;
const FIXED_V1: &str = "a9f5a95c4042ee9c3c13cfdec3cac20cc61c2f1dbbb52d07905a9475c8581e57";

const DISPUTE_EVENT: &str = r#"{
  "id": "evt_1NdisputeCreated",
  "object": "event",
  "api_version": "2022-11-15",
  "created": 1700000000,
  "livemode": false,
  "pending_webhooks": 1,
  "type": "charge.dispute.created",
  "data": {
    "object": {
      "id": "dp_1Nabc",
      "object": "dispute",
      "amount": 1999,
      "charge": "ch_1Nxyz",
      "created": 1699999990,
      "currency": "usd",
      "livemode": false,
      "metadata": {},
      "payment_intent": "pi_1Nxyz",
      "status": "needs_response",
      "reason_type": "fraudulent",
      "reason_code": "10.4",
      "evidence": {"customer_name": "Jane Doe"}
    }
  }
}"#;

/// `v1` for `payload` at `timestamp` under `secret`, computed here with hmac + sha2 rather than by
/// the crate.
fn hmac_hex(secret: &str, timestamp: i64, payload: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(format!("{timestamp}.").as_bytes());
    mac.update(payload);
    hex::encode(mac.finalize().into_bytes())
}

fn header(secret: &str, timestamp: i64, payload: &[u8]) -> String {
    format!("t={timestamp},v1={}", hmac_hex(secret, timestamp, payload))
}

fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

#[test]
fn fixed_known_answer_vector() {
    assert_eq!(hmac_hex(SECRET, T, FIXED_BODY.as_bytes()), FIXED_V1);
    assert_eq!(
        signature_header(
            FIXED_BODY.as_bytes(),
            SECRET,
            wooshpay::timestamps::from_unix_seconds(T)
        ),
        format!("t={T},v1={FIXED_V1}")
    );
    let event = construct_event_at(
        FIXED_BODY.as_bytes(),
        &format!("t={T},v1={FIXED_V1}"),
        SECRET,
        DEFAULT_TOLERANCE,
        T,
    )
    .unwrap();
    assert_eq!(event.id, "evt_fixed");
    assert_eq!(event.object.as_deref(), Some("event"));
    assert_eq!(event.api_version.as_deref(), Some("2022-11-15"));
    assert_eq!(event.created, Some(T));
    assert_eq!(event.type_, EventType::ProductCreated);
    assert!(!event.type_.is_dispute());
    assert_eq!(event.data.object["name"], "T-shirt");
    assert!(event.previous_attributes().is_none());
    // Uppercase hex is the same signature.
    let upper = format!("t={T},v1={}", FIXED_V1.to_uppercase());
    assert!(
        verify_signature_at(FIXED_BODY.as_bytes(), &upper, SECRET, DEFAULT_TOLERANCE, T).is_ok()
    );
}

#[test]
fn computed_vector_dispute_event_decodes_into_dispute() {
    let body = DISPUTE_EVENT.as_bytes();
    let event = construct_event_at(
        body,
        &header(SECRET, T, body),
        SECRET,
        DEFAULT_TOLERANCE,
        T + 5,
    )
    .unwrap();
    assert_eq!(event.id, "evt_1NdisputeCreated");
    assert_eq!(event.type_, EventType::ChargeDisputeCreated);
    assert!(event.type_.is_dispute());
    assert_eq!(event.livemode, Some(false));
    assert_eq!(event.pending_webhooks, Some(1));
    let dispute: Dispute = event.data_object().unwrap();
    assert_eq!(dispute.id, "dp_1Nabc");
    assert_eq!(dispute.status, Some(DisputeStatus::NeedsResponse));
    assert_eq!(dispute.amount, Some(1999));
    assert_eq!(dispute.currency.as_deref(), Some("usd"));
    assert_eq!(dispute.charge.as_deref(), Some("ch_1Nxyz"));
    assert_eq!(
        dispute.evidence.and_then(|e| e.customer_name).as_deref(),
        Some("Jane Doe")
    );
}

#[test]
fn every_dispute_event_type_is_known() {
    for (wire, known) in [
        ("charge.dispute.created", EventType::ChargeDisputeCreated),
        ("charge.dispute.updated", EventType::ChargeDisputeUpdated),
        ("charge.dispute.closed", EventType::ChargeDisputeClosed),
        (
            "charge.dispute.funds_withdrawn",
            EventType::ChargeDisputeFundsWithdrawn,
        ),
        (
            "charge.dispute.funds_reinstated",
            EventType::ChargeDisputeFundsReinstated,
        ),
        ("product.created", EventType::ProductCreated),
    ] {
        assert_eq!(EventType::from(wire), known);
        assert_eq!(known.as_str(), wire);
        assert_eq!(known.to_string(), wire);
        assert_eq!(serde_json::to_value(&known).unwrap(), wire);
        assert_eq!(
            serde_json::from_value::<EventType>(wire.into()).unwrap(),
            known
        );
        assert_eq!(known.is_dispute(), wire.starts_with("charge.dispute."));
    }
}

#[test]
fn updated_event_keeps_previous_attributes() {
    let body = DISPUTE_EVENT
        .replace("charge.dispute.created", "charge.dispute.updated")
        .replace(
            r#""data": {"#,
            r#""data": {"previous_attributes": {"status": "warning_needs_response", "evidence": {"customer_name": null}},"#,
        );
    let event = construct_event_at(
        body.as_bytes(),
        &header(SECRET, T, body.as_bytes()),
        SECRET,
        DEFAULT_TOLERANCE,
        T,
    )
    .unwrap();
    assert_eq!(event.type_, EventType::ChargeDisputeUpdated);
    let previous = event.previous_attributes().unwrap();
    assert_eq!(previous["status"], "warning_needs_response");
    // Previous attributes are a partial object (no `id`): read as JSON, not as a Dispute.
    assert_eq!(
        previous["evidence"]["customer_name"],
        serde_json::Value::Null
    );
    assert_eq!(
        event.data_object::<Dispute>().unwrap().status,
        Some(DisputeStatus::NeedsResponse)
    );
}

#[test]
fn unknown_event_type_round_trips() {
    let body = FIXED_BODY.replace("product.created", "charge.dispute.escalated_to_arbitration");
    let event = construct_event_at(
        body.as_bytes(),
        &header(SECRET, T, body.as_bytes()),
        SECRET,
        DEFAULT_TOLERANCE,
        T,
    )
    .unwrap();
    assert_eq!(
        event.type_,
        EventType::Unknown("charge.dispute.escalated_to_arbitration".into())
    );
    assert_eq!(
        event.type_.as_str(),
        "charge.dispute.escalated_to_arbitration"
    );
    assert!(event.type_.is_dispute());
    // Serializing the event gives back the same JSON, type included.
    let again = serde_json::to_value(&event).unwrap();
    assert_eq!(
        again,
        serde_json::from_str::<serde_json::Value>(&body).unwrap()
    );
    assert_eq!(serde_json::from_value::<Event>(again).unwrap(), event);
    let ty: EventType = "x.y".parse().unwrap();
    assert_eq!(ty, EventType::Unknown("x.y".into()));
    assert_eq!(
        EventType::from(String::from("product.created")),
        EventType::ProductCreated
    );
}

#[test]
fn unknown_event_fields_are_kept() {
    let body = FIXED_BODY.replace(
        r#""object":"event","#,
        r#""object":"event","account":"acct_1","#,
    );
    let event = Event::from_slice(body.as_bytes()).unwrap();
    assert_eq!(event.other["account"], "acct_1");
    assert_eq!(
        serde_json::to_value(&event).unwrap(),
        serde_json::from_str::<serde_json::Value>(&body).unwrap()
    );
}

#[test]
fn tampered_body_is_a_mismatch() {
    let header = format!("t={T},v1={FIXED_V1}");
    let tampered = FIXED_BODY.replace("T-shirt", "T-shirts");
    let err =
        construct_event_at(tampered.as_bytes(), &header, SECRET, DEFAULT_TOLERANCE, T).unwrap_err();
    assert_eq!(err, WebhookError::SignatureMismatch);
    // Whitespace matters too: the signature covers the raw bytes.
    let spaced = format!("{FIXED_BODY} ");
    assert_eq!(
        construct_event_at(spaced.as_bytes(), &header, SECRET, DEFAULT_TOLERANCE, T).unwrap_err(),
        WebhookError::SignatureMismatch
    );
    // So does the signed timestamp: a valid signature moved to another `t` does not verify.
    let moved = format!("t={},v1={FIXED_V1}", T + 1);
    assert_eq!(
        construct_event_at(FIXED_BODY.as_bytes(), &moved, SECRET, DEFAULT_TOLERANCE, T)
            .unwrap_err(),
        WebhookError::SignatureMismatch
    );
    // A truncated signature is a mismatch, not a panic.
    let short = format!("t={T},v1={}", &FIXED_V1[..20]);
    assert_eq!(
        construct_event_at(FIXED_BODY.as_bytes(), &short, SECRET, DEFAULT_TOLERANCE, T)
            .unwrap_err(),
        WebhookError::SignatureMismatch
    );
}

#[test]
fn wrong_secret_is_a_mismatch() {
    let body = FIXED_BODY.as_bytes();
    for secret in [
        "whsec_other",
        "whsec_test_secret_2f8a1",
        "",
        "whsec_test_secret_2f8a1c ",
    ] {
        let err = construct_event_at(body, &header(SECRET, T, body), secret, DEFAULT_TOLERANCE, T)
            .unwrap_err();
        assert_eq!(err, WebhookError::SignatureMismatch, "secret {secret:?}");
    }
}

#[test]
fn expired_and_future_timestamps() {
    let body = FIXED_BODY.as_bytes();
    let h = header(SECRET, T, body);
    let tolerance = DEFAULT_TOLERANCE;
    assert_eq!(tolerance, Duration::from_secs(300));
    // The bounds are inclusive.
    assert!(construct_event_at(body, &h, SECRET, tolerance, T + 300).is_ok());
    assert!(construct_event_at(body, &h, SECRET, tolerance, T - 300).is_ok());
    assert_eq!(
        construct_event_at(body, &h, SECRET, tolerance, T + 301).unwrap_err(),
        WebhookError::TimestampTooOld {
            timestamp: T,
            now: T + 301,
            tolerance
        }
    );
    assert_eq!(
        construct_event_at(body, &h, SECRET, tolerance, T - 301).unwrap_err(),
        WebhookError::TimestampInFuture {
            timestamp: T,
            now: T - 301,
            tolerance
        }
    );
    // A custom tolerance, and the extremes of i64 for "now" (no overflow).
    let one = Duration::from_secs(1);
    assert!(construct_event_at(body, &h, SECRET, one, T + 1).is_ok());
    assert!(matches!(
        construct_event_at(body, &h, SECRET, one, T + 2),
        Err(WebhookError::TimestampTooOld { .. })
    ));
    assert!(matches!(
        construct_event_at(body, &h, SECRET, one, i64::MAX),
        Err(WebhookError::TimestampTooOld { .. })
    ));
    assert!(matches!(
        construct_event_at(body, &h, SECRET, one, i64::MIN),
        Err(WebhookError::TimestampInFuture { .. })
    ));
    assert!(construct_event_at(body, &h, SECRET, Duration::MAX, i64::MIN).is_ok());
    // A signature from 2023 against the real clock is too old.
    assert!(matches!(
        construct_event(body, &h, SECRET, DEFAULT_TOLERANCE),
        Err(WebhookError::TimestampTooOld { .. })
    ));
    let now = unix_now();
    assert!(construct_event(body, &header(SECRET, now, body), SECRET, DEFAULT_TOLERANCE).is_ok());
    let err = construct_event(
        body,
        &header(SECRET, now + 3600, body),
        SECRET,
        DEFAULT_TOLERANCE,
    )
    .unwrap_err();
    assert!(
        matches!(err, WebhookError::TimestampInFuture { .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("after the current time"), "{err}");
}

#[test]
fn multiple_v1_signatures_any_match() {
    let body = FIXED_BODY.as_bytes();
    let good = hmac_hex(SECRET, T, body);
    let old = hmac_hex("whsec_previous_secret", T, body);
    let garbage = "zz-not-hex";
    for h in [
        format!("t={T},v1={old},v1={good}"),
        format!("t={T},v1={good},v1={old}"),
        format!("v1={old},v1={garbage},t={T},v1={good}"),
        format!("t={T},v0={old},v1={good}"),
        format!("t={T}, v1={old} , v1={good}"),
        format!("t={T},v1={good},"),
        format!("t={T},scheme_x=1,v1={good}"),
    ] {
        assert!(
            verify_signature_at(body, &h, SECRET, DEFAULT_TOLERANCE, T).is_ok(),
            "{h}"
        );
    }
    // Secret rotation: the same header verifies under the old and the new secret.
    let both = format!("t={T},v1={old},v1={good}");
    assert!(
        verify_signature_at(body, &both, "whsec_previous_secret", DEFAULT_TOLERANCE, T).is_ok()
    );
    // Several signatures, none matching.
    assert_eq!(
        verify_signature_at(
            body,
            &format!("t={T},v1={old},v1={garbage}"),
            SECRET,
            DEFAULT_TOLERANCE,
            T
        )
        .unwrap_err(),
        WebhookError::SignatureMismatch
    );
    // A matching signature under an unknown scheme is not accepted.
    assert_eq!(
        verify_signature_at(
            body,
            &format!("t={T},v0={good},v1={old}"),
            SECRET,
            DEFAULT_TOLERANCE,
            T
        )
        .unwrap_err(),
        WebhookError::SignatureMismatch
    );
}

#[test]
fn missing_v1_and_malformed_headers() {
    let body = FIXED_BODY.as_bytes();
    let good = hmac_hex(SECRET, T, body);
    let check = |h: &str| verify_signature_at(body, h, SECRET, DEFAULT_TOLERANCE, T).unwrap_err();
    assert_eq!(check(""), WebhookError::MissingHeader);
    assert_eq!(check("   "), WebhookError::MissingHeader);
    assert_eq!(check(&format!("t={T}")), WebhookError::NoSignature);
    assert_eq!(
        check(&format!("t={T},v0={good}")),
        WebhookError::NoSignature
    );
    for malformed in [
        format!("v1={good}"),
        format!("t=,v1={good}"),
        format!("t=abc,v1={good}"),
        format!("t=-{T},v1={good}"),
        format!("t=+{T},v1={good}"),
        format!("t={T}.5,v1={good}"),
        format!("t=99999999999999999999999,v1={good}"),
        format!("t={T},t={T},v1={good}"),
        format!("t={T},v1{good}"),
        good.clone(),
        ",,,".to_owned(),
        "t".to_owned(),
    ] {
        assert!(
            matches!(check(&malformed), WebhookError::MalformedHeader { .. }),
            "{malformed}: {:?}",
            check(&malformed)
        );
    }
}

#[test]
fn body_that_is_not_an_event() {
    for body in [
        "",
        "not json",
        "[]",
        "{}",
        r#"{"id":"evt_1","type":"product.created"}"#,
        r#"{"id":"evt_1","object":"event","type":7,"data":{"object":{}}}"#,
        r#"{"id":"evt_1","object":"charge","type":"product.created","data":{"object":{}}}"#,
    ] {
        let err = construct_event_at(
            body.as_bytes(),
            &header(SECRET, T, body.as_bytes()),
            SECRET,
            DEFAULT_TOLERANCE,
            T,
        )
        .unwrap_err();
        assert!(
            matches!(err, WebhookError::InvalidPayload { .. }),
            "{body}: {err:?}"
        );
        assert!(
            err.to_string().starts_with("the payload is not an event"),
            "{err}"
        );
    }
    // A dispute event whose object is not a dispute: the event decodes, the object does not.
    let event = Event::from_slice(
        DISPUTE_EVENT
            .replace(r#""amount": 1999"#, r#""amount": "a lot""#)
            .as_bytes(),
    )
    .unwrap();
    let err = event.data_object::<Dispute>().unwrap_err();
    match &err {
        WebhookError::InvalidObject { path, .. } => assert_eq!(path, "amount"),
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().contains("amount"), "{err}");
}

#[test]
fn errors_explain_and_never_show_the_secret() {
    let body = FIXED_BODY.as_bytes();
    let h = header(SECRET, T, body);
    let errors = [
        verify_signature_at(body, "", SECRET, DEFAULT_TOLERANCE, T).unwrap_err(),
        verify_signature_at(body, "t=x", SECRET, DEFAULT_TOLERANCE, T).unwrap_err(),
        verify_signature_at(body, &format!("t={T}"), SECRET, DEFAULT_TOLERANCE, T).unwrap_err(),
        verify_signature_at(b"x", &h, SECRET, DEFAULT_TOLERANCE, T).unwrap_err(),
        verify_signature_at(body, &h, SECRET, DEFAULT_TOLERANCE, T + 1000).unwrap_err(),
        verify_signature_at(body, &h, SECRET, DEFAULT_TOLERANCE, T - 1000).unwrap_err(),
        construct_event_at(
            b"{}",
            &header(SECRET, T, b"{}"),
            SECRET,
            DEFAULT_TOLERANCE,
            T,
        )
        .unwrap_err(),
    ];
    let expected = [
        "missing or empty",
        "malformed",
        "no v1 signature",
        "matches",
        "before the current time",
        "after the current time",
        "not an event",
    ];
    for (err, words) in errors.iter().zip(expected) {
        let text = err.to_string();
        assert!(text.contains(words), "{text:?} should say {words:?}");
        assert!(!text.contains(SECRET) && !format!("{err:?}").contains(SECRET));
        let _: &dyn std::error::Error = err;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Arbitrary headers and bodies: never a panic, never accepted.
    #[test]
    fn garbage_never_panics_and_is_rejected(header in any::<String>(), body in proptest::collection::vec(any::<u8>(), 0..512), now in any::<i64>()) {
        prop_assert!(construct_event_at(&body, &header, SECRET, DEFAULT_TOLERANCE, now).is_err());
        prop_assert!(construct_event(&body, &header, SECRET, DEFAULT_TOLERANCE).is_err());
    }

    /// Headers that look nearly right: timestamps of any digits, hex or not, extra entries.
    #[test]
    fn near_miss_headers_are_rejected(
        t in "[0-9+\\-]{0,25}",
        sigs in proptest::collection::vec("[0-9a-fA-Fxz]{0,70}", 0..4),
        extra in "[ -~]{0,20}",
        body in "\\PC{0,200}",
    ) {
        let mut header = format!("t={t}");
        for s in &sigs {
            header.push_str(&format!(",v1={s}"));
        }
        header.push_str(&extra);
        prop_assert!(verify_signature_at(body.as_bytes(), &header, SECRET, Duration::MAX, 0).is_err());
    }

    /// A correct signature over an arbitrary body always verifies; the body decodes only when it
    /// is an event.
    #[test]
    fn valid_signature_over_any_body(body in proptest::collection::vec(any::<u8>(), 0..512), t in 0i64..4_000_000_000) {
        let h = header(SECRET, t, &body);
        prop_assert!(verify_signature_at(&body, &h, SECRET, DEFAULT_TOLERANCE, t).is_ok());
        match construct_event_at(&body, &h, SECRET, DEFAULT_TOLERANCE, t) {
            Ok(event) => prop_assert_eq!(Some(event), Event::from_slice(&body).ok()),
            Err(err) => prop_assert!(matches!(err, WebhookError::InvalidPayload { .. }), "{:?}", err),
        }
    }
}

/// A delivery over HTTP on 127.0.0.1 to the example's router: signed → 200 with the dispute;
/// bad signature, no header, stale timestamp → 400.
#[tokio::test]
async fn delivery_over_http_to_the_example_endpoint() {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0))
        .await
        .unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move {
        axum::serve(listener, webhook_server::app(SECRET.to_owned()))
            .await
            .unwrap()
    });
    let url = format!("http://{addr}{}", webhook_server::WEBHOOK_PATH);
    let http = reqwest::Client::builder().no_proxy().build().unwrap();
    let post = |body: String, signature: Option<String>| {
        let mut request = http
            .post(&url)
            .header("content-type", "application/json")
            .body(body);
        if let Some(signature) = signature {
            request = request.header(SIGNATURE_HEADER, signature);
        }
        async move {
            let response = request.send().await.unwrap();
            (response.status().as_u16(), response.text().await.unwrap())
        }
    };

    let now = unix_now();
    let body = DISPUTE_EVENT.to_owned();
    let (status, text) = post(body.clone(), Some(header(SECRET, now, body.as_bytes()))).await;
    assert_eq!(status, 200, "{text}");
    assert!(
        text.contains("charge.dispute.created evt_1NdisputeCreated"),
        "{text}"
    );
    assert!(
        text.contains("dp_1Nabc") && text.contains("needs_response") && text.contains("1999 usd"),
        "{text}"
    );

    let other = FIXED_BODY.to_owned();
    let (status, text) = post(other.clone(), Some(header(SECRET, now, other.as_bytes()))).await;
    assert_eq!(status, 200, "{text}");
    assert!(text.contains("not a dispute event"), "{text}");

    let (status, text) = post(
        body.clone(),
        Some(header("whsec_wrong", now, body.as_bytes())),
    )
    .await;
    assert_eq!(status, 400, "{text}");
    assert!(text.contains("matches"), "{text}");

    let tampered = body.replace("1999", "1");
    let (status, _) = post(tampered, Some(header(SECRET, now, body.as_bytes()))).await;
    assert_eq!(status, 400);

    let (status, text) = post(body.clone(), None).await;
    assert_eq!(status, 400);
    assert!(text.contains("missing"), "{text}");

    let (status, text) = post(
        body.clone(),
        Some(header(SECRET, now - 3600, body.as_bytes())),
    )
    .await;
    assert_eq!(status, 400);
    assert!(text.contains("before the current time"), "{text}");

    server.abort();
}
