//! Unit tests of `webhooks.rs` (the runtime crate only; not copied into generated crates), with
//! the test configuration of `config.rs` and the test events of `webhooks/events.rs`.

use crate::webhooks::*;

const SECRET: &str = "whsec_test";

#[test]
fn a_signed_delivery_is_checked_and_its_object_decoded() {
    let payload = br#"{"id":"evt_1","object":"event","type":"sample.created","data":{"object":{"id":"s_1"}}}"#;
    let at = crate::timestamps::from_unix_seconds(1_700_000_000);
    let header = signature_header(payload, SECRET, at);
    assert!(header.starts_with("t=1700000000,v1="), "{header}");
    assert_eq!(SIGNATURE_HEADER, "Test-Signature");
    assert_eq!(DEFAULT_TOLERANCE.as_secs(), 300);
    let event =
        construct_event_at(payload, &header, SECRET, DEFAULT_TOLERANCE, 1_700_000_100).unwrap();
    assert_eq!(event.type_, EventType::SampleCreated);
    match event.object().unwrap() {
        EventObject::Sample(sample) => assert_eq!(sample.id, "s_1"),
        other => panic!("expected a Sample, got {other:?}"),
    }
    assert_eq!(
        construct_event_at(
            payload,
            &header,
            "whsec_other",
            DEFAULT_TOLERANCE,
            1_700_000_100
        ),
        Err(WebhookError::SignatureMismatch)
    );
    assert!(matches!(
        construct_event_at(payload, &header, SECRET, DEFAULT_TOLERANCE, 1_700_001_000),
        Err(WebhookError::TimestampTooOld { .. })
    ));
}

#[test]
fn unlisted_types_and_objectless_types_give_unknown() {
    let payload = br#"{"id":"evt_2","type":"other.happened","data":{"object":{"n":1}}}"#;
    let event = Event::from_slice(payload).unwrap();
    assert_eq!(event.type_, EventType::OtherHappened);
    assert!(matches!(event.object().unwrap(), EventObject::Unknown(_)));
    let event = Event::from_slice(br#"{"id":"e","type":"new.kind","data":{"object":{}}}"#).unwrap();
    assert_eq!(event.type_, EventType::Unknown("new.kind".into()));
    assert_eq!(event.type_.to_string(), "new.kind");
    let bad = br#"{"id":"e","type":"sample.updated","data":{"object":{"id":5}}}"#;
    assert!(matches!(
        Event::from_slice(bad).unwrap().object(),
        Err(WebhookError::InvalidObject { .. })
    ));
}
