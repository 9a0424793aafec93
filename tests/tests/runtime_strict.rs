//! Strict decoding against a raw TCP server: an object type needs a JSON object, and nothing
//! may follow the value.

use std::time::Duration;

use wooshpay::{Client, Error};
use wooshpay_tests::raw_http::{RawResponse, RawServer};

async fn retrieve(body: &str) -> Result<wooshpay::Dispute, Error> {
    let server = RawServer::start(RawResponse::json(body)).await;
    let client = Client::builder("sk_test_x")
        .base_url(server.uri())
        .max_retries(0)
        .timeout(Duration::from_secs(5))
        .build()
        .expect("client");
    client.disputes().retrieve("dp_1").await
}

fn decode_message(result: Result<wooshpay::Dispute, Error>) -> String {
    match result {
        Err(Error::Decode(e)) => e.message,
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[tokio::test]
async fn an_array_is_not_an_object() {
    // serde's derived visitor would take both as a `Dispute` (fields in declaration order).
    let message = decode_message(retrieve("[]").await);
    assert!(
        message.contains("expected a JSON object, found an array"),
        "{message}"
    );
    let message = decode_message(retrieve(r#"["dp_evil","dispute",100]"#).await);
    assert!(message.contains("found an array"), "{message}");
    for body in [r#""dp_1""#, "42", "true", "null"] {
        let message = decode_message(retrieve(body).await);
        assert!(
            message.contains("expected a JSON object"),
            "{body}: {message}"
        );
    }
}

#[tokio::test]
async fn trailing_data_is_rejected() {
    for body in [
        r#"{"id":"a","object":"dispute","created":1}{"id":"b","object":"dispute","created":1}"#,
        r#"{"id":"a","object":"dispute","created":1} xyz"#,
        r#"{"id":"a","object":"dispute","created":1}]"#,
    ] {
        let message = decode_message(retrieve(body).await);
        assert!(message.contains("trailing"), "{body}: {message}");
    }
    // Whitespace after the value is fine.
    let dispute = retrieve("{\"id\":\"a\",\"object\":\"dispute\",\"created\":1} \r\n")
        .await
        .expect("decodes");
    assert_eq!(dispute.id, "a");
}

#[tokio::test]
async fn a_list_walk_rejects_an_array_page() {
    let server = RawServer::start(RawResponse::json("[[],false]")).await;
    let client = Client::builder("sk_test_x")
        .base_url(server.uri())
        .max_retries(0)
        .build()
        .expect("client");
    let error = client
        .disputes()
        .list(&Default::default())
        .await
        .expect_err("an array is not a list object");
    assert!(matches!(error, Error::Decode(_)), "{error:?}");
}

/// A `200` with `body` and a request ID, answered to any request.
fn json_with_request_id(body: &str) -> RawResponse {
    RawResponse::Bytes(
        format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nrequest-id: req_strict\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        )
        .into_bytes(),
    )
}

async fn client_for(response: RawResponse) -> (RawServer, Client) {
    let server = RawServer::start(response).await;
    let client = Client::builder("sk_test_x")
        .base_url(server.uri())
        .max_retries(0)
        .timeout(Duration::from_secs(5))
        .build()
        .expect("client");
    (server, client)
}

/// The decode error's path and message, checking it kept the request ID.
fn decode_path(error: Error) -> (String, String) {
    assert_eq!(error.request_id(), Some("req_strict"), "{error:?}");
    match error {
        Error::Decode(e) => (e.path, e.message),
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[tokio::test]
async fn nested_objects_must_be_objects_at_every_depth() {
    // serde's derived visitors take each of these arrays as the object (fields in order).
    for (body, expected_path) in [
        (
            r#"{"id":"dp_1","object":"dispute","created":1,"evidence":["a","b"]}"#,
            "evidence",
        ),
        (
            r#"{"id":"dp_1","object":"dispute","created":1,"evidence_details":[true,3]}"#,
            "evidence_details",
        ),
        (
            r#"{"id":"dp_1","object":"dispute","created":1,"evidence":[]}"#,
            "evidence",
        ),
    ] {
        let (_server, client) = client_for(json_with_request_id(body)).await;
        let error = client.disputes().retrieve("dp_1").await.expect_err(body);
        let (path, message) = decode_path(error);
        assert_eq!(path, expected_path, "{body}");
        assert!(
            message.contains("invalid type: sequence"),
            "{body}: {message}"
        );
    }
}

#[tokio::test]
async fn objects_inside_list_items_must_be_objects() {
    for (body, expected_path) in [
        (
            r#"{"object":"list","data":[{"id":"dp_1","object":"dispute","created":1},{"id":"dp_2","object":"dispute","created":1,"evidence":["x"]}],"has_more":false}"#,
            "data[1].evidence",
        ),
        (
            r#"{"object":"list","data":[["dp_1","dispute",100]],"has_more":false}"#,
            "data[0]",
        ),
    ] {
        let (_server, client) = client_for(json_with_request_id(body)).await;
        let error = client
            .disputes()
            .list(&Default::default())
            .await
            .expect_err(body);
        let (path, message) = decode_path(error);
        assert_eq!(path, expected_path, "{body}");
        assert!(
            message.contains("invalid type: sequence"),
            "{body}: {message}"
        );
    }
}

#[tokio::test]
async fn union_variants_that_are_objects_must_be_objects() {
    // `next_action` is an untagged union of an object and a string: serde buffers it and
    // would take the array as the object.
    let body = r#"{"id":"pi_1","object":"payment_intent","created":1,"currency":"USD","amount":100,"next_action":["redirect_to_url",{"url":"https://evil"}]}"#;
    let (_server, client) = client_for(json_with_request_id(body)).await;
    let error = client
        .payment_intents()
        .retrieve("pi_1")
        .await
        .expect_err("an array is neither variant");
    let (path, message) = decode_path(error);
    assert_eq!(path, "next_action");
    assert!(message.contains("did not match any variant"), "{message}");
    // The union's own variants still decode, and so does a nested object inside one.
    for (body, expected) in [
        (
            r#"{"id":"pi_1","object":"payment_intent","created":1,"currency":"USD","amount":100,"next_action":{"type":"redirect","challenge_redirect":{"url":"u"}}}"#,
            "object",
        ),
        (
            r#"{"id":"pi_1","object":"payment_intent","created":1,"currency":"USD","amount":100,"next_action":"none"}"#,
            "string",
        ),
    ] {
        let (_server, client) = client_for(json_with_request_id(body)).await;
        let intent = client.payment_intents().retrieve("pi_1").await.expect(body);
        match (intent.next_action, expected) {
            (Some(wooshpay::PaymentIntentNextAction::NextAction(action)), "object") => {
                let redirect = action.challenge_redirect.expect("nested object");
                assert_eq!(redirect.url.as_deref(), Some("u"));
            }
            (Some(wooshpay::PaymentIntentNextAction::String(s)), "string") => {
                assert_eq!(s, "none")
            }
            (other, _) => panic!("{body}: {other:?}"),
        }
    }
    // An object variant whose nested object is an array is no variant either.
    let body = r#"{"id":"pi_1","object":"payment_intent","created":1,"currency":"USD","amount":100,"next_action":{"type":"redirect","challenge_redirect":["u"]}}"#;
    let (_server, client) = client_for(json_with_request_id(body)).await;
    let error = client
        .payment_intents()
        .retrieve("pi_1")
        .await
        .expect_err(body);
    assert_eq!(decode_path(error).0, "next_action");
}

#[tokio::test]
async fn lenient_where_the_schema_allows_it() {
    // Unknown fields, unknown enum values, free-form maps holding arrays, and arrays where
    // the schema says array all still decode.
    let body = r#"{"id":"dp_1","object":"dispute","created":1,"status":"a_status_from_the_future","metadata":{"k":[1,2]},
        "balance_transactions":["txn_1"],"evidence":{"unknown_field":[1]},"new_field":[{"a":1}]}"#;
    let (_server, client) = client_for(json_with_request_id(body)).await;
    let dispute = client.disputes().retrieve("dp_1").await.expect("decodes");
    assert_eq!(
        dispute.status.as_ref().map(|s| s.as_str()),
        Some("a_status_from_the_future")
    );
    assert_eq!(dispute.balance_transactions, Some(vec!["txn_1".to_owned()]));
    assert!(dispute.evidence.is_some());
}

#[test]
fn expandable_objects_must_be_objects() {
    let id: wooshpay::Expandable<wooshpay::Dispute> =
        serde_json::from_str(r#""dp_1""#).expect("an ID");
    assert_eq!(id.as_id(), Some("dp_1"));
    let object: wooshpay::Expandable<wooshpay::Dispute> =
        serde_json::from_str(r#"{"id":"dp_1","object":"dispute","created":1}"#).expect("an object");
    assert_eq!(object.as_object().map(|d| d.id.as_str()), Some("dp_1"));
    for body in [
        r#"["dp_1","dispute"]"#,
        r#"{"id":"dp_1","object":"dispute","created":1,"evidence":["a"]}"#,
    ] {
        assert!(
            serde_json::from_str::<wooshpay::Expandable<wooshpay::Dispute>>(body).is_err(),
            "{body}"
        );
    }
}

#[test]
fn webhook_events_decode_strictly() {
    use wooshpay::webhooks::{Event, WebhookError};
    let event = |data: &str| {
        format!(
            r#"{{"id":"evt_1","object":"event","type":"charge.dispute.created","data":{data}}}"#
        )
    };
    let ok = Event::from_slice(
        event(r#"{"object":{"id":"dp_1","object":"dispute","created":1}}"#).as_bytes(),
    )
    .expect("event");
    let dispute: wooshpay::Dispute = ok.data_object().expect("a dispute");
    assert_eq!(dispute.id, "dp_1");
    // `data` as an array: serde's flattened event would take it as `EventData`.
    let error =
        Event::from_slice(event(r#"[{"id":"dp_1","object":"dispute","created":1}]"#).as_bytes())
            .expect_err("array");
    assert!(
        matches!(&error, WebhookError::InvalidPayload { message, .. } if message.contains("invalid type: sequence")),
        "{error:?}"
    );
    // Trailing data after the event.
    let trailing = format!("{} {{}}", event(r#"{"object":{}}"#));
    assert!(matches!(
        Event::from_slice(trailing.as_bytes()),
        Err(WebhookError::InvalidPayload { .. })
    ));
    // A nested array where the object's schema says object.
    let nested = Event::from_slice(
        event(r#"{"object":{"id":"dp_1","object":"dispute","created":1,"evidence":["a"]}}"#)
            .as_bytes(),
    )
    .expect("the event itself is fine");
    match nested.data_object::<wooshpay::Dispute>() {
        Err(WebhookError::InvalidObject { path, .. }) => assert_eq!(path, "evidence"),
        other => panic!("{other:?}"),
    }
}
