//! The one error type of the client.

use std::fmt;

/// The `error` object of an API error response: `{"error": {"type", "code", "message", "param"}}`.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Deserialize, serde::Serialize)]
pub struct ApiErrorBody {
    /// `api_error`, `card_error`, `idempotency_error`, `invalid_request_error`, ...
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
    /// A short machine-readable code, when the API gives one.
    #[serde(default)]
    pub code: Option<String>,
    /// A human-readable message.
    #[serde(default)]
    pub message: Option<String>,
    /// The request parameter the error is about.
    #[serde(default)]
    pub param: Option<String>,
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
            Error::Transport(e) => write!(f, "transport error: {e}"),
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
            Error::Decode(e) => write!(f, "cannot decode the HTTP {} response at `{}`: {}", e.status, e.path, e.message),
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
