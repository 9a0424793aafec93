//! Every call can be controlled, against wiremock: per-call idempotency keys, extra headers
//! per client and per call, an overall deadline, configuration errors at `build()`, a bad
//! caller key as `InvalidRequest`, and the in-process mock transport.

use std::time::Duration;

use serde_json::json;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};
use wooshpay::testing::{MockResponse, MockTransport};
use wooshpay::{Client, Error, UpdateDispute};

fn ok() -> ResponseTemplate {
    ResponseTemplate::new(200)
        .set_body_json(json!({"id": "dp_1", "object": "dispute", "created": 1671261323}))
}

fn header(request: &wiremock::Request, name: &str) -> Option<String> {
    request
        .headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

#[tokio::test]
async fn an_idempotency_key_belongs_to_one_call() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ok())
        .mount(&server)
        .await;
    let client = Client::builder("sk_test_x")
        .base_url(server.uri())
        .build()
        .expect("client");
    let disputes = client.disputes();
    disputes
        .close("dp_1")
        .idempotency_key("close-dp_1")
        .await
        .expect("close");
    // The same handle, another operation: a fresh key, not the one above.
    disputes
        .update("dp_1", &UpdateDispute::default())
        .await
        .expect("update");
    let requests = server.received_requests().await.expect("recorded");
    assert_eq!(
        header(&requests[0], "idempotency-key").as_deref(),
        Some("close-dp_1")
    );
    let second = header(&requests[1], "idempotency-key").expect("a generated key");
    assert_ne!(second, "close-dp_1");
}

#[tokio::test]
async fn a_bad_caller_key_is_an_invalid_request_and_nothing_is_sent() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ok())
        .mount(&server)
        .await;
    let client = Client::builder("sk_test_x")
        .base_url(server.uri())
        .build()
        .expect("client");
    for key in ["line\nbreak", ""] {
        let error = client
            .disputes()
            .close("dp_1")
            .idempotency_key(key)
            .await
            .expect_err("bad key");
        assert!(matches!(error, Error::InvalidRequest(_)), "{error:?}");
    }
    let error = client
        .disputes()
        .retrieve("dp_1")
        .header("X-Bad", "a\r\nInjected: 1")
        .await
        .expect_err("bad header");
    assert!(matches!(error, Error::InvalidRequest(_)), "{error:?}");
    assert!(server
        .received_requests()
        .await
        .expect("recorded")
        .is_empty());
}

#[tokio::test]
async fn configuration_errors_surface_at_build() {
    let error = Client::builder("sk_test_x")
        .idempotency_header("Idempotency Key")
        .build()
        .expect_err("a space in a header name");
    assert!(matches!(error, Error::Config(_)), "{error:?}");
    let error = Client::builder("sk_test_x")
        .default_header("X-Team", "a\nb")
        .build()
        .expect_err("a newline in a header value");
    assert!(matches!(error, Error::Config(_)), "{error:?}");
}

#[tokio::test]
async fn headers_per_client_and_per_call() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ok())
        .mount(&server)
        .await;
    let client = Client::builder("sk_test_x")
        .base_url(server.uri())
        .default_header("X-Team", "payments")
        .default_header("X-Env", "staging")
        .build()
        .expect("client");
    client
        .disputes()
        .retrieve("dp_1")
        .header("X-Trace", "t-1")
        .header("X-Env", "canary")
        .await
        .expect("ok");
    client.disputes().retrieve("dp_1").await.expect("ok");
    let requests = server.received_requests().await.expect("recorded");
    assert_eq!(header(&requests[0], "x-team").as_deref(), Some("payments"));
    assert_eq!(header(&requests[0], "x-trace").as_deref(), Some("t-1"));
    assert_eq!(
        header(&requests[0], "x-env").as_deref(),
        Some("canary"),
        "the call's header wins"
    );
    assert_eq!(
        header(&requests[1], "x-trace"),
        None,
        "per-call headers do not stick"
    );
    assert_eq!(header(&requests[1], "x-env").as_deref(), Some("staging"));
    assert!(header(&requests[1], "authorization").is_some());
}

#[tokio::test]
async fn a_deadline_bounds_all_attempts_together() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ok().set_delay(Duration::from_millis(500)))
        .mount(&server)
        .await;
    let client = Client::builder("sk_test_x")
        .base_url(server.uri())
        .timeout(Duration::from_millis(400))
        .max_retries(4)
        .backoff(Duration::from_millis(50), Duration::from_millis(50))
        .build()
        .expect("client");
    // Without a deadline: 5 attempts of 400 ms and the backoff, about 2.2 s. With one of
    // 900 ms at most 3 attempts start (at 0, ~450 and ~900 ms); a loaded machine only delays
    // attempts, so it can lower that count, never raise it. Counting attempts instead of
    // timing them keeps the test meaningful on a busy machine.
    let error = client
        .disputes()
        .retrieve("dp_1")
        .deadline(Duration::from_millis(900))
        .await
        .expect_err("times out");
    assert!(matches!(error, Error::Timeout(_)), "{error:?}");
    let attempts = server.received_requests().await.expect("recording").len();
    assert!(
        (1..=3).contains(&attempts),
        "the deadline stops the retries: {attempts} attempts"
    );
    // On the client too.
    let client = Client::builder("sk_test_x")
        .base_url(server.uri())
        .timeout(Duration::from_millis(400))
        .max_retries(4)
        .deadline(Duration::from_millis(600))
        .build()
        .expect("client");
    client
        .disputes()
        .retrieve("dp_1")
        .await
        .expect_err("times out");
    // A 600 ms deadline leaves room for at most 2 attempts (at 0 and ~450 ms) of the 5.
    let attempts = server.received_requests().await.expect("recording").len() - attempts;
    assert!(
        (1..=2).contains(&attempts),
        "the client's deadline stops the retries: {attempts} attempts"
    );
}

#[tokio::test]
async fn the_mock_transport_answers_without_a_network() {
    let mock = MockTransport::new();
    mock.push(MockResponse::json(503, "{}"));
    mock.push(
        MockResponse::json(
            200,
            r#"{"id":"dp_9","object":"dispute","created":1671261323}"#,
        )
        .header("Request-Id", "req_9"),
    );
    let client = Client::builder("sk_test_secret")
        .backoff(Duration::from_millis(1), Duration::from_millis(1))
        .mock_transport(mock.clone())
        .build()
        .expect("client");
    let response = client
        .disputes()
        .close("dp_9")
        .idempotency_key("k-9")
        .with_response()
        .await
        .expect("ok after a retry");
    assert_eq!(response.data.id, "dp_9");
    assert_eq!(response.request_id.as_deref(), Some("req_9"));
    assert_eq!(response.attempts, 2);
    let sent = mock.requests();
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[0].method, "POST");
    assert_eq!(sent[0].path, "/v1/disputes/dp_9/close");
    assert_eq!(sent[1].header("idempotency-key"), Some("k-9"));
    assert_eq!(sent[0].header("authorization"), Some("<redacted>"));
    assert!(!format!("{sent:?}").contains("sk_test_secret"));
    // Nothing queued: a 500 that says so.
    let error = client
        .disputes()
        .retrieve("dp_9")
        .await
        .expect_err("empty queue");
    assert_eq!(error.status(), Some(500));
}
