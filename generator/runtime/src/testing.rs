//! Testing code that uses the client, without a network: a [`MockTransport`] answers every
//! request in-process with canned responses and records what was sent.
//!
//! Everything else runs as in production (headers, idempotency keys, retries, decoding,
//! errors), so a test sees exactly what the code under test would see.
//!
//! The crate documentation has an example (section *Testing your code*).

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard};

/// A canned response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MockResponse {
    /// HTTP status code.
    pub status: u16,
    /// Response headers, in order.
    pub headers: Vec<(String, String)>,
    /// Response body.
    pub body: Vec<u8>,
}

impl MockResponse {
    /// A response with this status and body and no headers.
    pub fn new(status: u16, body: impl Into<Vec<u8>>) -> Self {
        MockResponse {
            status,
            headers: Vec::new(),
            body: body.into(),
        }
    }

    /// A JSON response (`Content-Type: application/json`).
    pub fn json(status: u16, body: impl Into<Vec<u8>>) -> Self {
        MockResponse::new(status, body).header("content-type", "application/json")
    }

    /// Adds a header (e.g. `Request-Id`).
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
}

/// A request as the client sent it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedRequest {
    /// `GET`, `POST`, ...
    pub method: String,
    /// The URL path, percent-encoded as sent.
    pub path: String,
    /// The query string as sent, when there is one.
    pub query: Option<String>,
    /// Header names (lowercase) and values; credentials show as `<redacted>`.
    pub headers: Vec<(String, String)>,
    /// The body (empty for multipart bodies, which are streamed).
    pub body: Vec<u8>,
}

impl RecordedRequest {
    /// The first value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Debug, Default)]
struct State {
    queued: VecDeque<MockResponse>,
    fallback: Option<MockResponse>,
    requests: Vec<RecordedRequest>,
}

/// Answers requests in-process: queued responses in order, then the fallback (by default a
/// `500` whose body says the queue is empty). Clones share their queue and their record, so
/// keep one clone to inspect what a client built with
/// [`ClientBuilder::mock_transport`](crate::ClientBuilder::mock_transport) sent.
#[derive(Debug, Clone, Default)]
pub struct MockTransport {
    state: Arc<Mutex<State>>,
}

impl MockTransport {
    /// A transport with no responses queued.
    pub fn new() -> Self {
        MockTransport::default()
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Queues `response` as the answer to the next request not yet answered.
    pub fn push(&self, response: MockResponse) -> &Self {
        self.state().queued.push_back(response);
        self
    }

    /// The answer to every request once the queue is empty.
    pub fn otherwise(&self, response: MockResponse) -> &Self {
        self.state().fallback = Some(response);
        self
    }

    /// Every request received so far, in order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.state().requests.clone()
    }

    /// Records `request` and returns the next canned response.
    pub(crate) fn respond(&self, request: &reqwest::Request) -> reqwest::Response {
        let recorded = RecordedRequest {
            method: request.method().as_str().to_owned(),
            path: request.url().path().to_owned(),
            query: request.url().query().map(str::to_owned),
            headers: request
                .headers()
                .iter()
                .map(|(name, value)| {
                    let value = if value.is_sensitive() {
                        "<redacted>".to_owned()
                    } else {
                        String::from_utf8_lossy(value.as_bytes()).into_owned()
                    };
                    (name.as_str().to_owned(), value)
                })
                .collect(),
            body: request
                .body()
                .and_then(|b| b.as_bytes())
                .map(<[u8]>::to_vec)
                .unwrap_or_default(),
        };
        let mut state = self.state();
        state.requests.push(recorded);
        let canned = state
            .queued
            .pop_front()
            .or_else(|| state.fallback.clone())
            .unwrap_or_else(|| {
                MockResponse::json(
                    500,
                    r#"{"error":{"type":"mock_error","message":"the mock transport has no response queued"}}"#,
                )
            });
        drop(state);
        let mut response = http::Response::new(canned.body);
        *response.status_mut() = http::StatusCode::from_u16(canned.status)
            .unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
        for (name, value) in canned.headers {
            if let (Ok(name), Ok(value)) = (
                http::HeaderName::from_bytes(name.as_bytes()),
                http::HeaderValue::from_str(&value),
            ) {
                response.headers_mut().append(name, value);
            }
        }
        reqwest::Response::from(response)
    }
}
