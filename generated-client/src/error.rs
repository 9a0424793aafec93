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

/// How much of a response body an error keeps (64 KiB); the rest is cut and
/// [`ApiError::body_truncated`] / [`DecodeError::body_truncated`] say so.
pub const ERROR_BODY_LIMIT: usize = 64 * 1024;

/// A response with a non-2xx status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// HTTP status code.
    pub status: u16,
    /// The parsed error object, when the body holds one.
    pub error: Option<ApiErrorBody>,
    /// The response body (lossy UTF-8), at most [`ERROR_BODY_LIMIT`] bytes of it.
    pub body: String,
    /// Whether `body` is only the first [`ERROR_BODY_LIMIT`] bytes of a longer body.
    pub body_truncated: bool,
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
    /// The response body (lossy UTF-8), at most [`ERROR_BODY_LIMIT`] bytes of it.
    pub body: String,
    /// Whether `body` is only the first [`ERROR_BODY_LIMIT`] bytes of a longer body.
    pub body_truncated: bool,
    /// The request ID header (`Request-Id` / `X-Request-Id`), when present.
    pub request_id: Option<String>,
}

/// The first [`ERROR_BODY_LIMIT`] bytes of `body` as text (cut at a character boundary), and
/// whether anything was cut.
pub(crate) fn body_prefix(body: &[u8]) -> (String, bool) {
    if body.len() <= ERROR_BODY_LIMIT {
        return (String::from_utf8_lossy(body).into_owned(), false);
    }
    let mut text = String::from_utf8_lossy(&body[..ERROR_BODY_LIMIT]).into_owned();
    // A multi-byte character split by the cut decodes as U+FFFD; drop it.
    if text.ends_with('\u{FFFD}') && std::str::from_utf8(&body[..ERROR_BODY_LIMIT]).is_err() {
        text.pop();
    }
    (text, true)
}

/// Server-supplied text made safe for logs: control characters (CR, LF, ESC, ...) and
/// invisible direction overrides are written as escapes, so a response cannot forge log lines
/// or reorder what a terminal shows; and cut after [`ESCAPED_LIMIT`] characters, so one
/// message cannot fill a log (the error's fields keep the text as received).
pub(crate) struct Escaped<'a>(pub(crate) &'a str);

/// The most characters of one server-supplied text an error's `Display` shows.
const ESCAPED_LIMIT: usize = 1024;

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use fmt::Write;
        for (i, c) in self.0.chars().enumerate() {
            if i == ESCAPED_LIMIT {
                return f.write_str("… (cut)");
            }
            let invisible = matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}');
            if c.is_control() || invisible {
                write!(f, "{}", c.escape_default())?;
            } else {
                f.write_char(c)?;
            }
        }
        Ok(())
    }
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
    /// The client is misconfigured (invalid base URL, invalid header, TLS backend unavailable,
    /// an environment that contradicts the key).
    Config(String),
    /// The response body was larger than the client's limit
    /// ([`ClientBuilder::max_response_bytes`](crate::ClientBuilder::max_response_bytes));
    /// reading stopped there.
    ResponseTooLarge {
        /// HTTP status code.
        status: u16,
        /// The limit in bytes.
        limit: u64,
        /// The request ID header, when present.
        request_id: Option<String>,
    },
    /// A paginated list cannot be walked correctly: its cursor went back to a page already
    /// seen, or the server says there is more but the last item has no cursor.
    Pagination(String),
}

impl Error {
    /// The HTTP status, for errors that had a response.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::Decode(e) => Some(e.status),
            Error::ResponseTooLarge { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The server's request ID, for errors that had a response carrying one: quote it to the
    /// API's support.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api(e) => e.request_id.as_deref(),
            Error::Decode(e) => e.request_id.as_deref(),
            Error::ResponseTooLarge { request_id, .. } => request_id.as_deref(),
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
                        write!(f, " {}", Escaped(kind))?;
                    }
                    if let Some(code) = &body.code {
                        write!(f, " [{}]", Escaped(code))?;
                    }
                    if let Some(message) = &body.message {
                        write!(f, ": {}", Escaped(message))?;
                    }
                    if let Some(param) = &body.param {
                        write!(f, " (param `{}`)", Escaped(param))?;
                    }
                }
                if let Some(id) = &e.request_id {
                    write!(f, " (request {})", Escaped(id))?;
                }
                Ok(())
            }
            Error::Decode(e) => {
                write!(
                    f,
                    "cannot decode the HTTP {} response at `{}`: {}",
                    e.status,
                    Escaped(&e.path),
                    Escaped(&e.message)
                )?;
                if let Some(id) = &e.request_id {
                    write!(f, " (request {})", Escaped(id))?;
                }
                Ok(())
            }
            Error::InvalidRequest(m) => write!(f, "invalid request: {}", Escaped(m)),
            Error::Config(m) => write!(f, "invalid client configuration: {}", Escaped(m)),
            Error::ResponseTooLarge {
                status,
                limit,
                request_id,
            } => {
                write!(
                    f,
                    "the HTTP {status} response body is larger than the limit of {limit} bytes"
                )?;
                if let Some(id) = request_id {
                    write!(f, " (request {})", Escaped(id))?;
                }
                Ok(())
            }
            Error::Pagination(m) => write!(f, "pagination error: {}", Escaped(m)),
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
}
