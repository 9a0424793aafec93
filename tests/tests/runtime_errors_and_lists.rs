//! What users read off an error and a list, against local servers: `Error::code()` and
//! `Error::message()` follow the API's error-envelope convention (WooshPay's settings use the
//! `stripe-like` preset; the `pets` crate has no conventions, so its errors are kept raw), and a
//! `list_all` walk is read with `Pages::next` and `Pages::try_collect`, with no `futures`
//! import in this file.

use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const STRIPE_LIKE_ERROR: &str = r#"{"error":{"type":"card_error","code":"card_declined","message":"Your card was declined.","param":"source"}}"#;

async fn server_answering(status: u16, body: &str) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(status)
                .insert_header("Request-Id", "req_42")
                .insert_header("Content-Type", "application/json")
                .set_body_string(body),
        )
        .mount(&server)
        .await;
    server
}

fn wooshpay_client(server: &MockServer) -> wooshpay::Client {
    wooshpay::Client::builder("sk_test_x")
        .base_url(server.uri())
        .max_retries(0)
        .build()
        .expect("client")
}

#[tokio::test]
async fn the_envelope_convention_gives_code_and_message() {
    let server = server_answering(402, STRIPE_LIKE_ERROR).await;
    let error = wooshpay_client(&server)
        .disputes()
        .retrieve("dp_1")
        .await
        .expect_err("a 402");
    assert_eq!(error.status(), Some(402));
    assert_eq!(error.code(), Some("card_declined"));
    assert_eq!(error.message(), Some("Your card was declined."));
    assert_eq!(error.request_id(), Some("req_42"));
    let api = error.api_error().expect("an API error");
    assert_eq!(
        api.error.as_ref().and_then(|e| e.param.as_deref()),
        Some("source")
    );
    assert_eq!(api.json().expect("JSON")["error"]["type"], "card_error");
    // A body without the envelope has no code or message, and is kept as sent.
    let server = server_answering(500, r#"{"code":"E1","message":"flat"}"#).await;
    let error = wooshpay_client(&server)
        .disputes()
        .retrieve("dp_1")
        .await
        .expect_err("a 500");
    assert_eq!((error.code(), error.message()), (None, None));
    assert_eq!(
        error.api_error().and_then(|e| e.json()),
        Some(json!({"code": "E1", "message": "flat"}))
    );
}

#[tokio::test]
async fn without_conventions_errors_are_raw() {
    // The `pets` crate's spec says nothing about errors or request IDs, and its settings add
    // nothing: Stripe's envelope is not assumed.
    let server = server_answering(402, STRIPE_LIKE_ERROR).await;
    let client = pets::Client::builder()
        .base_url(server.uri())
        .max_retries(0)
        .build()
        .expect("client");
    let error = client
        .raw(reqwest::Method::GET, "/anything")
        .await
        .expect_err("a 402");
    assert_eq!(error.status(), Some(402));
    assert_eq!((error.code(), error.message()), (None, None));
    assert_eq!(error.request_id(), None, "no request-ID header is assumed");
    let api = error.api_error().expect("an API error");
    assert_eq!(api.error, None);
    assert_eq!(api.body, STRIPE_LIKE_ERROR);
    assert_eq!(api.json().expect("JSON")["error"]["code"], "card_declined");
    assert!(!error.to_string().contains("card_declined"), "{error}");
}

fn dispute_page(ids: &[&str], has_more: bool) -> serde_json::Value {
    let data: Vec<_> = ids
        .iter()
        .map(|id| json!({"id": id, "object": "dispute", "created": 1671261323}))
        .collect();
    json!({"object": "list", "url": "/v1/disputes", "has_more": has_more, "data": data})
}

#[tokio::test]
async fn list_all_is_read_without_futures() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/disputes/list"))
        .and(wiremock::matchers::body_partial_json(
            json!({"starting_after": "b"}),
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(dispute_page(&["c"], false)))
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/disputes/list"))
        .respond_with(ResponseTemplate::new(200).set_body_json(dispute_page(&["a", "b"], true)))
        .with_priority(2)
        .mount(&server)
        .await;
    let client = wooshpay_client(&server);
    let mut walk = client.disputes().list_all(&Default::default());
    let mut ids = Vec::new();
    while let Some(dispute) = walk.next().await {
        ids.push(dispute.expect("decodes").id);
    }
    assert_eq!(ids, ["a", "b", "c"]);
    assert!(walk.next().await.is_none(), "the walk stays ended");
    let all: Vec<_> = client
        .disputes()
        .list_all(&Default::default())
        .try_collect()
        .await
        .expect("every page");
    assert_eq!(
        all.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
        ["a", "b", "c"]
    );
}
