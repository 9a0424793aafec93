// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! The one error type of the client.

use std::fmt;

/// The `error` object of an API error response: `{"error": {"type", "code", "message", "param"}}`.
///
/// Decoding is lenient, since error bodies are often less regular than the rest of an API:
/// numbers and booleans become strings (`"code": 5001` → `"5001"`), unknown members are ignored.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Deserialize, serde::Serialize)]
pub struct ApiErrorBody {
    /// `api_error`, `card_error`, `idempotency_error`, `invalid_request_error`, ...
    #[serde(rename = "type", default, deserialize_with = "lenient_string")]
    pub kind: Option<String>,
    /// A short machine-readable code, when the API gives one.
    #[serde(default, deserialize_with = "lenient_string")]
    pub code: Option<String>,
    /// A human-readable message.
    #[serde(default, deserialize_with = "lenient_string")]
    pub message: Option<String>,
    /// The request parameter the error is about.
    #[serde(default, deserialize_with = "lenient_string")]
    pub param: Option<String>,
}

impl ApiErrorBody {
    /// The `error` member of a response body: an object as above, or a bare string taken as
    /// the message. `None` when the body is not JSON or has no usable `error`.
    pub(crate) fn from_response(body: &[u8]) -> Option<ApiErrorBody> {
        let value: serde_json::Value = serde_json::from_slice(body).ok()?;
        match value.get("error")? {
            serde_json::Value::String(message) => Some(ApiErrorBody {
                message: Some(message.clone()),
                ..Default::default()
            }),
            error @ serde_json::Value::Object(_) => serde_json::from_value(error.clone()).ok(),
            _ => None,
        }
    }
}

/// A string, or a number or boolean in its JSON spelling; `null` is `None`.
fn lenient_string<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<String>, D::Error> {
    use serde::Deserialize;
    Ok(match serde_json::Value::deserialize(deserializer)? {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s),
        other => Some(other.to_string()),
    })
}

/// A response with a non-2xx status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// HTTP status code.
    pub status: u16,
    /// The parsed error object, when the body holds one.
    pub error: Option<ApiErrorBody>,
    /// The raw response body, always kept.
    pub body: String,
    /// The request ID header (`Request-Id` / `X-Request-Id`), when present.
    pub request_id: Option<String>,
}

/// A 2xx response whose body does not decode into the expected type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// HTTP status code.
    pub status: u16,
    /// Where in the body decoding failed (`data[3].amount`).
    pub path: String,
    /// What went wrong there.
    pub message: String,
    /// The raw response body.
    pub body: String,
}

/// Everything an API call can fail with. Never carries credentials.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The request could not be sent or the response not read (connection refused, reset, TLS).
    Transport(reqwest::Error),
    /// The request took longer than the configured timeout.
    Timeout(reqwest::Error),
    /// The server answered with a non-2xx status.
    Api(Box<ApiError>),
    /// The server answered 2xx, but the body is not what the spec describes.
    Decode(Box<DecodeError>),
    /// The request could not be built (a value that cannot be encoded, an invalid header).
    InvalidRequest(String),
    /// The client is misconfigured (invalid base URL, TLS backend unavailable).
    Config(String),
}

impl Error {
    /// The HTTP status, for API and decode errors.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::Decode(e) => Some(e.status),
            _ => None,
        }
    }

    /// The API error details, for non-2xx responses.
    pub fn api_error(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Transport(e) => {
                write!(f, "transport error: {e}")?;
                // reqwest's own message is generic ("error sending request"); name the cause.
                let mut cause = std::error::Error::source(e);
                while let Some(c) = cause {
                    write!(f, ": {c}")?;
                    cause = c.source();
                }
                Ok(())
            }
            Error::Timeout(e) => write!(f, "request timed out: {e}"),
            Error::Api(e) => {
                write!(f, "API error (HTTP {})", e.status)?;
                if let Some(body) = &e.error {
                    if let Some(kind) = &body.kind {
                        write!(f, " {kind}")?;
                    }
                    if let Some(code) = &body.code {
                        write!(f, " [{code}]")?;
                    }
                    if let Some(message) = &body.message {
                        write!(f, ": {message}")?;
                    }
                    if let Some(param) = &body.param {
                        write!(f, " (param `{param}`)")?;
                    }
                }
                if let Some(id) = &e.request_id {
                    write!(f, " (request {id})")?;
                }
                Ok(())
            }
            Error::Decode(e) => write!(
                f,
                "cannot decode the HTTP {} response at `{}`: {}",
                e.status, e.path, e.message
            ),
            Error::InvalidRequest(m) => write!(f, "invalid request: {m}"),
            Error::Config(m) => write!(f, "invalid client configuration: {m}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) | Error::Timeout(e) => Some(e),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
