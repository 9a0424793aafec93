//! Every call can be explained afterwards, against wiremock: `with_response` exposes status,
//! headers, request ID and attempts; every error that had a response carries its request ID.

use std::time::Duration;

use serde_json::json;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};
use wooshpay::{Client, Error};

fn client(server: &MockServer) -> Client {
    Client::builder("sk_test_x")
        .base_url(server.uri())
        .backoff(Duration::from_millis(1), Duration::from_millis(5))
        .build()
        .expect("client")
}

#[tokio::test]
async fn a_success_exposes_status_headers_request_id_and_attempts() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("request-id", "req_ok")
                .insert_header("x-ratelimit-remaining", "99")
                .set_body_json(json!({"id": "dp_1", "object": "dispute", "created": 1671261323})),
        )
        .mount(&server)
        .await;
    let response = client(&server)
        .disputes()
        .retrieve("dp_1")
        .with_response()
        .await
        .expect("ok");
    assert_eq!(response.status, 200);
    assert_eq!(response.request_id.as_deref(), Some("req_ok"));
    assert_eq!(response.attempts, 2, "one 503, then the success");
    assert_eq!(
        response
            .headers
            .get("x-ratelimit-remaining")
            .and_then(|v| v.to_str().ok()),
        Some("99")
    );
    assert_eq!(response.data.id, "dp_1");
}

#[tokio::test]
async fn a_decode_error_carries_the_request_id() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("x-request-id", "req_html")
                .set_body_string("<html>maintenance</html>"),
        )
        .mount(&server)
        .await;
    let error = client(&server)
        .disputes()
        .retrieve("dp_1")
        .await
        .expect_err("html");
    assert!(matches!(error, Error::Decode(_)), "{error:?}");
    assert_eq!(error.request_id(), Some("req_html"));
    assert!(error.to_string().contains("(request req_html)"), "{error}");
}

#[tokio::test]
async fn an_api_error_carries_the_request_id() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(404)
                .insert_header("request-id", "req_404")
                .set_body_json(json!({"error": {"type": "invalid_request_error", "message": "No such dispute"}})),
        )
        .mount(&server)
        .await;
    let error = client(&server)
        .disputes()
        .retrieve("dp_x")
        .await
        .expect_err("404");
    assert_eq!(error.status(), Some(404));
    assert_eq!(error.request_id(), Some("req_404"));
}
