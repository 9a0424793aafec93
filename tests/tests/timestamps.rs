//! Time fields read as `SystemTime`s (`wooshpay::timestamps`), in the unit each field's doc
//! names, and webhook signatures made at a `SystemTime`.

use std::time::{Duration, SystemTime, UNIX_EPOCH};
use wooshpay::timestamps::{from_unix_millis, from_unix_seconds, unix_seconds};
use wooshpay::webhooks::{construct_event_at, signature_header, DEFAULT_TOLERANCE};

#[test]
fn milliseconds_and_seconds_name_the_same_moment() {
    // A PaymentIntent's `created` counts milliseconds, a dispute's seconds.
    let intent: wooshpay::PaymentIntent = serde_json::from_value(serde_json::json!({
        "id": "pi_1", "object": "payment_intent", "created": 1_671_261_323_000i64,
        "currency": "USD", "amount": 10
    }))
    .unwrap();
    let moment = UNIX_EPOCH + Duration::from_secs(1_671_261_323);
    assert_eq!(from_unix_millis(intent.created), moment);
    assert_eq!(from_unix_seconds(1_671_261_323), moment);
    assert_eq!(unix_seconds(moment), 1_671_261_323);
    assert_eq!(
        unix_seconds(moment + Duration::from_millis(999)),
        1_671_261_323
    );
}

#[test]
fn before_1970_and_out_of_range_values_do_not_panic() {
    assert_eq!(from_unix_seconds(-1), UNIX_EPOCH - Duration::from_secs(1));
    assert_eq!(unix_seconds(UNIX_EPOCH - Duration::from_millis(1500)), -2);
    let _ = from_unix_seconds(i64::MAX);
    let _ = from_unix_millis(i64::MIN);
}

#[test]
fn a_signature_made_now_verifies_now() {
    let body = br#"{"id":"evt_1","object":"event","type":"product.created","data":{"object":{}}}"#;
    let now = SystemTime::now();
    let header = signature_header(body, "whsec_test", now);
    assert!(
        header.starts_with(&format!("t={},v1=", unix_seconds(now))),
        "{header}"
    );
    construct_event_at(
        body,
        &header,
        "whsec_test",
        DEFAULT_TOLERANCE,
        unix_seconds(now),
    )
    .expect("verifies");
}
