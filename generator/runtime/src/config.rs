//! Test values of the API conventions a generated crate's own `config.rs` states (the generator
//! writes it from the settings, `emit/krate.rs`): the runtime's tests run with a Stripe-like
//! API's, and set the others explicitly where a test needs them.
#![allow(dead_code)]

/// The header idempotency keys go in where an operation declares none.
pub(crate) const IDEMPOTENCY_HEADER: &str = "Idempotency-Key";

/// The response headers a request ID is read from, the first present wins (lower case).
pub(crate) const REQUEST_ID_HEADERS: &[&str] = &["request-id", "x-request-id"];

/// The member of an error body holding the error object; `None`: the API has no envelope.
pub(crate) const ERROR_ENVELOPE: Option<&str> = Some("error");

/// Dotted paths of error-body members read as the error code when there is no envelope.
pub(crate) const ERROR_CODE_FIELDS: &[&str] = &[];

/// Dotted paths of error-body members read as the error message when there is no envelope.
pub(crate) const ERROR_MESSAGE_FIELDS: &[&str] = &[];

/// The webhook signature header.
pub(crate) const WEBHOOK_SIGNATURE_HEADER: &str = "Test-Signature";

/// The webhook signature scheme (`t=…,<scheme>=<hex>`).
pub(crate) const WEBHOOK_SCHEME: &str = "v1";

/// The webhook timestamp tolerance, in seconds.
pub(crate) const WEBHOOK_TOLERANCE_SECONDS: u64 = 300;
