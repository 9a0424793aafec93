// @generated from generator/tests/fixtures/unions_and_shapes.yaml by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! The one error type of the client.

use std::fmt;

/// The error object of an API error response, as the API's conventions locate it: the object
/// under the body's envelope member (Stripe-like APIs: `{"error": {"type", "code", "message",
/// "param"}}`), or, for an API without an envelope, the code and message read from the members
/// its settings name. `None` in [`ApiError::error`] when the API has neither, or the body holds
/// none: the body is always kept as sent ([`ApiError::body`], [`ApiError::json`]).
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
    /// The error object of a response body, by the API's conventions (`crate::config`):
    /// the envelope member's object (a bare string there is taken as the message), else the
    /// configured code and message members. `None` when the body is not JSON or holds neither.
    pub(crate) fn from_response(body: &[u8]) -> Option<ApiErrorBody> {
        Self::from_response_with(
            body,
            crate::config::ERROR_ENVELOPE,
            crate::config::ERROR_CODE_FIELDS,
            crate::config::ERROR_MESSAGE_FIELDS,
        )
    }

    /// [`ApiErrorBody::from_response`] with the conventions given: `envelope`, the member
    /// holding the error object; `code_fields` and `message_fields`, dotted paths
    /// (`error.code`) of members read as the code and message, the first present wins.
    pub(crate) fn from_response_with(
        body: &[u8],
        envelope: Option<&str>,
        code_fields: &[&str],
        message_fields: &[&str],
    ) -> Option<ApiErrorBody> {
        if envelope.is_none() && code_fields.is_empty() && message_fields.is_empty() {
            return None;
        }
        let value: serde_json::Value = serde_json::from_slice(body).ok()?;
        if let Some(envelope) = envelope {
            match value.get(envelope) {
                Some(serde_json::Value::String(message)) => {
                    return Some(ApiErrorBody {
                        message: Some(message.clone()),
                        ..Default::default()
                    })
                }
                Some(error @ serde_json::Value::Object(_)) => {
                    if let Ok(body) = serde_json::from_value(error.clone()) {
                        return Some(body);
                    }
                }
                _ => {}
            }
        }
        let first = |fields: &[&str]| fields.iter().find_map(|f| member_text(&value, f));
        let body = ApiErrorBody {
            code: first(code_fields),
            message: first(message_fields),
            ..Default::default()
        };
        (body.code.is_some() || body.message.is_some()).then_some(body)
    }
}

/// The member at the dotted `path` of `value` as text: a string, or a number or boolean in its
/// JSON spelling; `None` when absent, `null`, an array or an object.
fn member_text(value: &serde_json::Value, path: &str) -> Option<String> {
    let member = path
        .split('.')
        .try_fold(value, |value, key| value.as_object()?.get(key))?;
    match member {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::Bool(b) => Some(b.to_string()),
        _ => None,
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
    /// The error object, when the body holds one where the API's conventions say
    /// ([`ApiErrorBody`]).
    pub error: Option<ApiErrorBody>,
    /// The response body (lossy UTF-8), at most [`ERROR_BODY_LIMIT`] bytes of it.
    pub body: String,
    /// Whether `body` is only the first [`ERROR_BODY_LIMIT`] bytes of a longer body.
    pub body_truncated: bool,
    /// The request ID (from the API's request-ID header, when it has one and the response carries it).
    pub request_id: Option<String>,
}

impl ApiError {
    /// The body as JSON, whatever its shape; `None` when it is not JSON (or was cut at
    /// [`ERROR_BODY_LIMIT`]).
    pub fn json(&self) -> Option<serde_json::Value> {
        serde_json::from_str(&self.body).ok()
    }
}

/// An operation's documented errors (`CreatePetError`), generated for an operation whose spec
/// gives error statuses a body; read from an [`Error`] with [`Error::operation_error`].
pub trait OperationError: Sized {
    /// The documented error an API error response is: the variant of its status with the body
    /// decoded, else the enum's fallback variant with the status and the body as JSON.
    fn from_api_error(error: &ApiError) -> Self;
}

impl ApiError {
    /// This error as the operation's documented errors `E` (see [`Error::operation_error`]).
    pub fn operation_error<E: OperationError>(&self) -> E {
        E::from_api_error(self)
    }

    /// The body decoded as `T` (the type an operation's docs name under "Errors"); `None` when
    /// it is not a `T` (or was cut at [`ERROR_BODY_LIMIT`]).
    pub fn body_as<T: serde::de::DeserializeOwned>(&self) -> Option<T> {
        if self.body_truncated {
            return None;
        }
        serde_json::from_str(&self.body).ok()
    }
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
    /// The request ID (from the API's request-ID header, when it has one and the response carries it).
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
pub(crate) const ESCAPED_LIMIT: usize = 1024;

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
    /// The OAuth2 token endpoint refused to issue a token, or answered with something that is
    /// not one (RFC 6749 §5.2). Never carries the client secret or a token.
    Auth(Box<AuthError>),
}

/// Why an OAuth2 token could not be obtained: the token endpoint's error response
/// (RFC 6749 §5.2) or what was wrong with its answer.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct AuthError {
    /// The token endpoint's HTTP status, when it answered.
    pub status: Option<u16>,
    /// The OAuth2 error code (`invalid_client`, `invalid_grant`, `invalid_scope`, ...).
    pub code: Option<String>,
    /// The endpoint's `error_description`.
    pub description: Option<String>,
    /// What went wrong, in a sentence (always set).
    pub message: String,
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

    /// The operation's documented error (`err.operation_error::<CreatePetError>()`), for a
    /// non-2xx response: the variant of its status with the body decoded as the spec says; the
    /// status and raw body stay available through [`Error::api_error`].
    pub fn operation_error<E: OperationError>(&self) -> Option<E> {
        self.api_error().map(E::from_api_error)
    }

    /// The body of a non-2xx response decoded as `T`: the type an operation's docs name under
    /// "Errors" when all its documented error statuses share one
    /// (`err.error_body::<BasicError>()`); `None` for other errors or a body that is not a `T`.
    pub fn error_body<T: serde::de::DeserializeOwned>(&self) -> Option<T> {
        self.api_error()?.body_as()
    }

    /// The API error details, for non-2xx responses.
    pub fn api_error(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// The API's machine-readable error code (`card_declined`), for a non-2xx response whose
    /// body has one where the API's conventions say ([`ApiErrorBody`]).
    pub fn code(&self) -> Option<&str> {
        self.api_error()?.error.as_ref()?.code.as_deref()
    }

    /// The API's human-readable error message, for a non-2xx response whose body has one where
    /// the API's conventions say ([`ApiErrorBody`]).
    pub fn message(&self) -> Option<&str> {
        self.api_error()?.error.as_ref()?.message.as_deref()
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
            Error::Auth(e) => {
                write!(f, "OAuth2 token request failed: {}", Escaped(&e.message))?;
                if let Some(status) = e.status {
                    write!(f, " (HTTP {status})")?;
                }
                if let Some(code) = &e.code {
                    write!(f, " [{}]", Escaped(code))?;
                }
                if let Some(description) = &e.description {
                    write!(f, ": {}", Escaped(description))?;
                }
                Ok(())
            }
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
