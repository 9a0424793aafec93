// @generated from generator/tests/fixtures/unions_and_shapes.yaml by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! The API's conventions the runtime modules read, from the generator's settings.
#![allow(dead_code)]
/// The header idempotency keys go in where an operation declares none.
pub(crate) const IDEMPOTENCY_HEADER: &str = "Idempotency-Key";
/// The response headers a request ID is read from, the first present wins (lower case).
pub(crate) const REQUEST_ID_HEADERS: &[&str] = &[];
/// The member of an error body holding the error object; `None`: the API has no envelope.
pub(crate) const ERROR_ENVELOPE: Option<&str> = None;
/// Dotted paths of error-body members read as the error code when there is no envelope.
pub(crate) const ERROR_CODE_FIELDS: &[&str] = &[];
/// Dotted paths of error-body members read as the error message when there is no envelope.
pub(crate) const ERROR_MESSAGE_FIELDS: &[&str] = &[];
