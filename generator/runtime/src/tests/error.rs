//! Unit tests of `error.rs` (the runtime crate only; not copied into generated crates).

#![allow(unused_imports)]

use crate::error::*;
use std::fmt;

#[test]
fn server_text_is_escaped_and_bodies_are_cut() {
    let text = Escaped("a\r\nFAKE LOG\u{1b}[31m\u{202E}é").to_string();
    assert_eq!(text, "a\\r\\nFAKE LOG\\u{1b}[31m\\u{202e}é");
    let long = Escaped(&"é".repeat(5000)).to_string();
    assert_eq!(long, format!("{}… (cut)", "é".repeat(ESCAPED_LIMIT)));
    let (body, cut) = body_prefix(&vec![b'x'; ERROR_BODY_LIMIT + 1]);
    assert!(cut);
    assert_eq!(body.len(), ERROR_BODY_LIMIT);
    let mut split = vec![b'x'; ERROR_BODY_LIMIT - 1];
    split.extend_from_slice("é".as_bytes());
    let (body, cut) = body_prefix(&split);
    assert!(cut);
    assert_eq!(
        body.len(),
        ERROR_BODY_LIMIT - 1,
        "the split character is dropped"
    );
    assert_eq!(body_prefix(b"short"), ("short".into(), false));
}

#[test]
fn error_bodies_are_read_leniently() {
    let body = ApiErrorBody::from_response(br#"{"error":{"type":"api_error","code":5001,"message":"boom","param":null,"doc_url":"x"}}"#).unwrap();
    assert_eq!(
        body,
        ApiErrorBody {
            kind: Some("api_error".into()),
            code: Some("5001".into()),
            message: Some("boom".into()),
            param: None
        }
    );
    let body = ApiErrorBody::from_response(br#"{"error":"Unauthorized"}"#).unwrap();
    assert_eq!(body.message.as_deref(), Some("Unauthorized"));
    assert_eq!(ApiErrorBody::from_response(b"<html>"), None);
    assert_eq!(
        ApiErrorBody::from_response(br#"{"message":"no envelope"}"#),
        None
    );
}

#[test]
fn without_an_envelope_only_the_configured_members_are_read() {
    let stripe = br#"{"error":{"code":"card_declined","message":"declined"}}"#;
    assert_eq!(
        ApiErrorBody::from_response_with(stripe, None, &[], &[]),
        None
    );
    let flat = br#"{"code":4001,"detail":{"text":"bad amount"},"message":null}"#;
    assert_eq!(
        ApiErrorBody::from_response_with(flat, None, &["code"], &["message", "detail.text"]),
        Some(ApiErrorBody {
            code: Some("4001".into()),
            message: Some("bad amount".into()),
            ..Default::default()
        })
    );
    assert_eq!(
        ApiErrorBody::from_response_with(flat, None, &["missing"], &["detail"]),
        None,
        "absent members and objects are no text"
    );
    // An envelope that is not there falls back to the configured members.
    assert_eq!(
        ApiErrorBody::from_response_with(flat, Some("error"), &["code"], &[]).and_then(|b| b.code),
        Some("4001".into())
    );
    assert_eq!(
        ApiErrorBody::from_response_with(b"not json", None, &["code"], &[]),
        None
    );
}
