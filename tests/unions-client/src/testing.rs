// @generated from generator/tests/fixtures/unions_and_shapes.yaml by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Testing code that uses the client, without a network: a [`MockTransport`] answers every
//! request in-process with canned responses and records what was sent.
//!
//! Everything else runs as in production (headers, idempotency keys, retries, decoding,
//! errors), so a test sees exactly what the code under test would see.
//!
//! The crate documentation has an example (section *Testing your code*). With the crate's
//! `testing` feature, `Stub` adds typed stubs on top: one per operation, matched by method
//! and path template, each call recorded (see the `Stub` documentation).

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard};

#[cfg(feature = "testing")]
pub use routes::{BodyError, OperationStub, Stub, Stubbed};
#[cfg(feature = "testing")]
pub(crate) use routes::{RequestKind, ResponseKind, RouteKey};
// The crate's own stubs: `Stub`'s accessor per resource and each resource's operation stubs.
#[cfg(feature = "testing")]
#[allow(unused_imports)] // a crate (or a build) without resources has none
pub use crate::stubs::*;

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

/// What the client knows of a request besides its HTTP form: the operation (`refunds.create`)
/// and its path template (`/v1/refunds/{id}`), both empty for a raw call, and the path relative
/// to the base URL.
#[derive(Debug, Clone, Copy)]
#[cfg_attr(not(feature = "testing"), allow(dead_code))] // only stubs route by it
pub(crate) struct Sent<'a> {
    pub(crate) operation: &'static str,
    pub(crate) template: &'static str,
    pub(crate) path: &'a str,
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
    /// `Some` for a `Stub`'s transport, which answers from its routes only.
    #[cfg(feature = "testing")]
    routes: Option<Vec<routes::Route>>,
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

    /// Records `request` and returns the next canned response (a `Stub`'s transport: the
    /// answer of the route it matches).
    ///
    /// # Panics
    ///
    /// On a `Stub`'s transport, when no stubbed operation answers the request: the panic
    /// message names the method, the path and the stubbed operations, and fails the test.
    pub(crate) fn respond(&self, request: &reqwest::Request, sent: Sent<'_>) -> reqwest::Response {
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
        let mut guard = self.state();
        let state = &mut *guard;
        #[cfg(feature = "testing")]
        if let Some(table) = &mut state.routes {
            state.requests.push(recorded.clone());
            let answer = routes::answer(table, sent, recorded);
            drop(guard);
            return match answer {
                Ok(canned) => to_response(canned),
                Err(message) => panic!("{message}"),
            };
        }
        #[cfg(not(feature = "testing"))]
        let _ = sent;
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
        drop(guard);
        to_response(canned)
    }
}

/// The canned response as the client reads it.
fn to_response(canned: MockResponse) -> reqwest::Response {
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

/// Typed stubs: routes keyed by method and path template, their answers and their calls.
#[cfg(feature = "testing")]
mod routes {
    use std::fmt;
    use std::marker::PhantomData;

    use super::{MockResponse, MockTransport, RecordedRequest, Sent};

    /// Stubs the API's operations for a test, without a server: one typed stub per operation
    /// (`stub.refunds().create()`), answered in-process by the client [`Stub::client`] builds.
    ///
    /// Each stub is matched by the operation's method and path template (a path parameter
    /// matches any one segment, so a stub answers for every ID), and answers with a typed
    /// value ([`OperationStub::returns`]), raw JSON ([`OperationStub::returns_json`], read by
    /// the client's own decoder, so a body it would refuse is refused), an error response
    /// ([`OperationStub::fails_with`]) or any [`MockResponse`]. Answers are used in order;
    /// one limited with [`Stubbed::times`] gives way to the next once used up, and the last
    /// answer without a limit answers every later call.
    ///
    /// A request no stub answers **panics**, which fails the test, with a message naming its
    /// method, path and operation and every stubbed operation. Every call is recorded: per
    /// operation ([`OperationStub::call_count`], [`OperationStub::last_body`] as the typed
    /// request) and all together ([`Stub::requests`]).
    ///
    /// Clones share their stubs and records. Needs the crate's `testing` feature (which also
    /// turns on `serialize` and `deserialize`, to write typed responses and read typed
    /// requests).
    #[derive(Debug, Clone)]
    pub struct Stub {
        transport: MockTransport,
    }

    impl Default for Stub {
        fn default() -> Self {
            Stub::new()
        }
    }

    impl Stub {
        /// A stub with nothing stubbed: every call panics until its operation is stubbed.
        pub fn new() -> Self {
            let transport = MockTransport::new();
            transport.state().routes = Some(Vec::new());
            Stub { transport }
        }

        /// The transport answering from the stubs, for a client built by hand
        /// ([`ClientBuilder::mock_transport`](crate::ClientBuilder::mock_transport)); queued
        /// responses ([`MockTransport::push`]) are not used by it.
        pub fn transport(&self) -> MockTransport {
            self.transport.clone()
        }

        /// Every request the stub received so far, in order, answered or not.
        pub fn requests(&self) -> Vec<RecordedRequest> {
            self.transport.requests()
        }

        /// The stub of one operation (the generated accessors call this).
        #[allow(dead_code)] // a crate (or a build) without resources has no accessor
        pub(crate) fn operation<B, R>(&self, key: RouteKey) -> OperationStub<B, R> {
            OperationStub {
                transport: self.transport.clone(),
                key,
                types: PhantomData,
            }
        }
    }

    /// How an operation sends its request body, which says how [`OperationStub::last_body`]
    /// reads it back.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    #[allow(dead_code)] // a crate uses the kinds its operations have
    pub(crate) enum RequestKind {
        /// No body: the typed request is `()`.
        None,
        /// JSON.
        Json,
        /// `application/x-www-form-urlencoded`: not read back (see [`RecordedRequest::form_pairs`]).
        Form,
        /// `multipart/form-data`: streamed, so not recorded.
        Multipart,
        /// Bytes as given (`Vec<u8>`).
        Bytes,
        /// Text as given (`String`).
        Text,
    }

    /// How an operation's response is read, which says how [`OperationStub::returns`] writes it.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    #[allow(dead_code)] // a crate uses the kinds its operations have
    pub(crate) enum ResponseKind {
        /// No body (`()`).
        Empty,
        /// JSON.
        Json,
        /// Bytes as they come (`Vec<u8>`).
        Bytes,
        /// Server-sent events, each event's data of the response type.
        EventStream,
    }

    /// One operation's identity: method, path template, name, and its body and response kinds.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub(crate) struct RouteKey {
        pub(crate) method: &'static str,
        pub(crate) template: &'static str,
        pub(crate) operation: &'static str,
        pub(crate) request: RequestKind,
        pub(crate) response: ResponseKind,
    }

    impl RouteKey {
        /// The key of `operation` (`refunds.create`), sent as `method template`.
        #[allow(dead_code)] // a crate (or a build) without resources has no accessor
        pub(crate) const fn new(
            method: &'static str,
            template: &'static str,
            operation: &'static str,
            request: RequestKind,
            response: ResponseKind,
        ) -> Self {
            RouteKey {
                method,
                template,
                operation,
                request,
                response,
            }
        }
    }

    /// One stubbed operation: its answers in order and the requests it answered.
    #[derive(Debug)]
    pub(crate) struct Route {
        key: RouteKey,
        answers: Vec<Answer>,
        calls: Vec<RecordedRequest>,
    }

    #[derive(Debug)]
    struct Answer {
        response: MockResponse,
        /// How many calls it answers; `None`: every call.
        times: Option<usize>,
        used: usize,
    }

    impl Answer {
        fn available(&self) -> bool {
            !matches!(self.times, Some(t) if self.used >= t)
        }
    }

    /// Whether the path (`/v1/refunds/re_1`) fits the template (`/v1/refunds/{id}`): as many
    /// segments, each literal one equal, each parameter one non-empty (with the literal text
    /// around it, as in `{name}.json`). `Some(literal segments)` when it fits.
    fn fits(template: &str, path: &str) -> Option<usize> {
        let template = template.split('?').next().unwrap_or("");
        let path = path.split('?').next().unwrap_or("");
        let (mut t, mut p) = (template.split('/'), path.split('/'));
        let mut literal = 0;
        loop {
            match (t.next(), p.next()) {
                (None, None) => return Some(literal),
                (Some(ts), Some(ps)) => match (ts.find('{'), ts.rfind('}')) {
                    (Some(open), Some(close)) if open < close => {
                        let (before, after) = (&ts[..open], &ts[close + 1..]);
                        if ps.len() <= before.len() + after.len()
                            || !ps.starts_with(before)
                            || !ps.ends_with(after)
                        {
                            return None;
                        }
                    }
                    _ if ts == ps => literal += 1,
                    _ => return None,
                },
                _ => return None,
            }
        }
    }

    /// The route answering `sent`: for a generated operation, the one of its method and path
    /// template; for a raw call, the one its path fits with the most literal segments.
    fn route_of(routes: &[Route], method: &str, sent: Sent<'_>) -> Option<usize> {
        let same_method = |r: &Route| r.key.method.eq_ignore_ascii_case(method);
        if !sent.template.is_empty() {
            return routes
                .iter()
                .position(|r| same_method(r) && r.key.template == sent.template);
        }
        routes
            .iter()
            .enumerate()
            .filter(|(_, r)| same_method(r))
            .filter_map(|(i, r)| fits(r.key.template, sent.path).map(|n| (n, i)))
            .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
            .map(|(_, i)| i)
    }

    /// The stubbed operations, one per line, for a failure message.
    fn listing(routes: &[Route]) -> String {
        if routes.iter().all(|r| r.answers.is_empty()) {
            return "  (nothing is stubbed)".into();
        }
        routes
            .iter()
            .filter(|r| !r.answers.is_empty())
            .map(|r| {
                let answers: Vec<String> = r
                    .answers
                    .iter()
                    .map(|a| match a.times {
                        Some(t) => format!("{} ({} of {t} used)", a.response.status, a.used),
                        None => format!("{} (every call)", a.response.status),
                    })
                    .collect();
                format!(
                    "  {} {} ({}): answers {}; called {} time(s)",
                    r.key.method,
                    r.key.template,
                    r.key.operation,
                    answers.join(", then "),
                    r.calls.len()
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Records `request` on the route answering it and returns that route's next answer; the
    /// failure message when none answers.
    pub(crate) fn answer(
        routes: &mut [Route],
        sent: Sent<'_>,
        request: RecordedRequest,
    ) -> Result<MockResponse, String> {
        let method = request.method.clone();
        let called = if sent.template.is_empty() {
            format!("{method} {} (a raw call)", request.path)
        } else {
            format!(
                "{method} {} ({}, `{method} {}`)",
                request.path, sent.operation, sent.template
            )
        };
        let Some(i) = route_of(routes, &method, sent) else {
            return Err(format!(
                "the stub has no answer for {called}: that operation is not stubbed.\nStubbed operations:\n{}",
                listing(routes)
            ));
        };
        let route = &mut routes[i];
        route.calls.push(request);
        let Some(answer) = route.answers.iter_mut().find(|a| a.available()) else {
            let calls = route.calls.len();
            return Err(format!(
                "the stub has no answer left for {called}: this is call {calls}, and its answers are used up.\nStubbed operations:\n{}",
                listing(routes)
            ));
        };
        answer.used += 1;
        Ok(answer.response.clone())
    }

    /// Why a recorded body could not be read as the operation's typed request.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct BodyError(String);

    impl fmt::Display for BodyError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(&self.0)
        }
    }

    impl std::error::Error for BodyError {}

    /// The stub of one operation, typed by its request body `B` (`()` without one) and its
    /// response `R`; get it from a [`Stub`] accessor (`stub.refunds().create()`). Cheap: it
    /// refers to the stub's shared state, so every call of the accessor gives the same stub.
    pub struct OperationStub<B, R> {
        transport: MockTransport,
        key: RouteKey,
        types: PhantomData<fn() -> (B, R)>,
    }

    impl<B, R> fmt::Debug for OperationStub<B, R> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.debug_struct("OperationStub")
                .field("operation", &self.key.operation)
                .field("method", &self.key.method)
                .field("template", &self.key.template)
                .finish()
        }
    }

    /// An answer just added to an operation stub; [`Stubbed::times`] limits it.
    #[derive(Debug)]
    pub struct Stubbed {
        transport: MockTransport,
        key: RouteKey,
        index: usize,
    }

    impl Stubbed {
        /// Answers `n` calls only; later calls get the next answer (or, without one, fail the
        /// test with a message saying the answers are used up).
        pub fn times(self, n: usize) -> Self {
            let mut state = self.transport.state();
            if let Some(answer) = state
                .routes
                .as_mut()
                .and_then(|routes| routes.iter_mut().find(|r| r.key == self.key))
                .and_then(|r| r.answers.get_mut(self.index))
            {
                answer.times = Some(n);
            }
            drop(state);
            self
        }
    }

    impl<B, R> OperationStub<B, R> {
        /// `{method} {template}` of the operation (`POST /v1/refunds`).
        pub fn route(&self) -> String {
            format!("{} {}", self.key.method, self.key.template)
        }

        /// Adds `response` as the next answer of the operation.
        pub fn responds(&self, response: MockResponse) -> Stubbed {
            let mut state = self.transport.state();
            let routes = state.routes.get_or_insert_with(Vec::new);
            let index = match routes.iter().position(|r| {
                r.key.method == self.key.method && r.key.template == self.key.template
            }) {
                Some(i) => i,
                None => {
                    routes.push(Route {
                        key: self.key,
                        answers: Vec::new(),
                        calls: Vec::new(),
                    });
                    routes.len() - 1
                }
            };
            let route = &mut routes[index];
            route.answers.push(Answer {
                response,
                times: None,
                used: 0,
            });
            let index = route.answers.len() - 1;
            let key = route.key;
            drop(state);
            Stubbed {
                transport: self.transport.clone(),
                key,
                index,
            }
        }

        /// Answers with status `status` and the JSON text `body` as it is: the client decodes
        /// it as it would a server's (strictly), so a body the decoder refuses fails the call
        /// with [`Error::Decode`](crate::Error::Decode), and a non-2xx status is an
        /// [`Error::Api`](crate::Error::Api).
        pub fn returns_json(&self, status: u16, body: impl Into<Vec<u8>>) -> Stubbed {
            self.responds(MockResponse::json(status, body))
        }

        /// Answers with the error status `status` and the JSON error body `body`
        /// (`{"error": {"type": "card_error", ...}}`): the call fails with
        /// [`Error::Api`](crate::Error::Api).
        ///
        /// # Panics
        ///
        /// If `status` is not an error status (below 400).
        pub fn fails_with(&self, status: u16, body: impl Into<Vec<u8>>) -> Stubbed {
            assert!(
                status >= 400,
                "`fails_with` on {} takes an error status (400 and up), not {status}; use `returns_json` for other answers",
                self.key.operation
            );
            self.responds(MockResponse::json(status, body))
        }

        /// The requests the operation received so far, in order (the ones no answer was left
        /// for included).
        pub fn calls(&self) -> Vec<RecordedRequest> {
            let state = self.transport.state();
            state
                .routes
                .iter()
                .flatten()
                .find(|r| r.key.method == self.key.method && r.key.template == self.key.template)
                .map(|r| r.calls.clone())
                .unwrap_or_default()
        }

        /// How many requests the operation received.
        pub fn call_count(&self) -> usize {
            self.calls().len()
        }

        /// The last request the operation received, when there was one.
        pub fn last_request(&self) -> Option<RecordedRequest> {
            self.calls().pop()
        }
    }

    impl<B: serde::de::DeserializeOwned, R> OperationStub<B, R> {
        /// `request`'s body read back as the operation's typed request: a JSON body decoded,
        /// `()` for an operation without a body, bytes and text as sent. A form-encoded body is
        /// not read back (its values are all text; see [`RecordedRequest::form_pairs`]) and a
        /// multipart body is not recorded: both are a [`BodyError`].
        pub fn body_of(&self, request: &RecordedRequest) -> Result<B, BodyError> {
            let operation = self.key.operation;
            let value = match self.key.request {
                RequestKind::Json => {
                    return serde_json::from_slice(&request.body).map_err(|e| {
                        BodyError(format!(
                            "the body sent to {operation} is not its typed request: {e}"
                        ))
                    })
                }
                RequestKind::None => serde_json::Value::Null,
                RequestKind::Bytes => request.body.iter().map(|b| serde_json::Value::from(*b)).collect(),
                RequestKind::Text => serde_json::Value::String(String::from_utf8_lossy(&request.body).into_owned()),
                RequestKind::Form => {
                    return Err(BodyError(format!(
                        "{operation} sends a form-encoded body, which is not read back as its typed request; read its pairs with `RecordedRequest::form_pairs`"
                    )))
                }
                RequestKind::Multipart => {
                    return Err(BodyError(format!(
                        "{operation} sends a multipart body, which is streamed and not recorded"
                    )))
                }
            };
            serde_json::from_value(value).map_err(|e| {
                BodyError(format!(
                    "the body sent to {operation} is not its typed request: {e}"
                ))
            })
        }

        /// The body of the last request as the operation's typed request (see
        /// [`Self::body_of`]).
        ///
        /// # Panics
        ///
        /// If the operation received no request, or its body cannot be read back: the message
        /// says which.
        pub fn last_body(&self) -> B {
            let Some(request) = self.last_request() else {
                panic!(
                    "{} ({}) was not called, so it has no last body",
                    self.key.operation,
                    self.route()
                );
            };
            match self.body_of(&request) {
                Ok(body) => body,
                Err(e) => panic!("{e}"),
            }
        }
    }

    impl<B, R: serde::Serialize> OperationStub<B, R> {
        /// Answers with `value`, written as the API would (status 200, JSON; for an operation
        /// without a response body, 204 and no body; bytes as they are; one server-sent event
        /// for an event stream). The client reads it with its own decoder.
        ///
        /// # Panics
        ///
        /// If `value` cannot be written as JSON (a map with keys that are not strings).
        pub fn returns(&self, value: R) -> Stubbed {
            let operation = self.key.operation;
            let json = |value: &R| match serde_json::to_vec(value) {
                Ok(bytes) => bytes,
                Err(e) => panic!("cannot write the response stubbed for {operation}: {e}"),
            };
            let response = match self.key.response {
                ResponseKind::Empty => MockResponse::new(204, Vec::new()),
                ResponseKind::Json => MockResponse::json(200, json(&value)),
                ResponseKind::Bytes => {
                    let bytes = match serde_json::to_value(&value) {
                        Ok(serde_json::Value::Array(items)) => items
                            .iter()
                            .map(|b| b.as_u64().and_then(|b| u8::try_from(b).ok()))
                            .collect::<Option<Vec<u8>>>(),
                        _ => None,
                    };
                    let Some(bytes) = bytes else {
                        panic!("cannot write the response stubbed for {operation} as bytes");
                    };
                    MockResponse::new(200, bytes).header("content-type", "application/octet-stream")
                }
                ResponseKind::EventStream => {
                    let data = match serde_json::to_value(&value) {
                        Ok(serde_json::Value::String(text)) => text,
                        _ => String::from_utf8_lossy(&json(&value)).into_owned(),
                    };
                    let mut event = String::new();
                    for line in data.split('\n') {
                        event.push_str("data: ");
                        event.push_str(line);
                        event.push('\n');
                    }
                    event.push('\n');
                    MockResponse::new(200, event).header("content-type", "text/event-stream")
                }
            };
            self.responds(response)
        }
    }
}

#[cfg(feature = "testing")]
impl RecordedRequest {
    /// A form-encoded body's pairs (`a[b]=c` as `("a[b]", "c")`), percent-decoded, in order.
    pub fn form_pairs(&self) -> Vec<(String, String)> {
        let decode = |s: &str| {
            percent_encoding::percent_decode_str(&s.replace('+', " "))
                .decode_utf8_lossy()
                .into_owned()
        };
        String::from_utf8_lossy(&self.body)
            .split('&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| match pair.split_once('=') {
                Some((name, value)) => (decode(name), decode(value)),
                None => (decode(pair), String::new()),
            })
            .collect()
    }
}
