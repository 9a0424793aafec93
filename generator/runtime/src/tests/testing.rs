//! Unit tests of the typed stubs in `testing.rs` (with the stand-in `stubs.rs`).

use crate::client::*;
use crate::testing::{MockResponse, Stub};
use crate::types::Sample;
use crate::Error;

/// A call of the stand-in operation `samples.create` (`POST /v1/samples`), as generated code
/// makes it.
async fn create(client: &Client, body: &Sample) -> Result<Sample, Error> {
    let mut request = ApiRequest::new(reqwest::Method::POST, "/v1/samples".into());
    request.operation("samples.create", "/v1/samples");
    request.json_body(body, "application/json")?;
    Call::new(
        client,
        Ok(request),
        &RequestOptions::default(),
        decode_json::<Sample>,
    )
    .await
}

/// `samples.retrieve` (`GET /v1/samples/{id}`).
async fn retrieve(client: &Client, id: &str) -> Result<Sample, Error> {
    let mut request = ApiRequest::new(reqwest::Method::GET, format!("/v1/samples/{id}"));
    request.operation("samples.retrieve", "/v1/samples/{id}");
    Call::new(
        client,
        Ok(request),
        &RequestOptions::default(),
        decode_json::<Sample>,
    )
    .await
}

fn sample(id: &str) -> Sample {
    Sample { id: id.into() }
}

#[tokio::test]
async fn a_typed_answer_is_decoded_and_the_call_recorded_typed() {
    let stub = Stub::new();
    stub.samples().create().returns(sample("s_1"));
    let client = stub.client();
    let created = create(&client, &sample("new")).await.unwrap();
    assert_eq!(created, sample("s_1"));
    create(&client, &sample("again")).await.unwrap();
    let calls = stub.samples().create();
    assert_eq!(calls.call_count(), 2);
    assert_eq!(calls.last_body(), sample("again"));
    assert_eq!(stub.samples().retrieve().call_count(), 0);
    assert_eq!(stub.requests().len(), 2);
    let last = calls.last_request().unwrap();
    assert_eq!(
        (last.method.as_str(), last.path.as_str()),
        ("POST", "/v1/samples")
    );
}

#[tokio::test]
async fn a_path_parameter_matches_any_segment() {
    let stub = Stub::new();
    stub.samples().retrieve().returns(sample("s_9"));
    let client = stub.client();
    assert_eq!(retrieve(&client, "s_1").await.unwrap(), sample("s_9"));
    assert_eq!(retrieve(&client, "s_2").await.unwrap(), sample("s_9"));
    assert_eq!(
        stub.samples().retrieve().last_request().unwrap().path,
        "/v1/samples/s_2"
    );
    // `()`: the operation sends no body.
    stub.samples().retrieve().last_body();
}

#[tokio::test]
#[should_panic(
    expected = "the stub has no answer for GET /v1/samples/s_1 (samples.retrieve, `GET /v1/samples/{id}`): that operation is not stubbed.\nStubbed operations:\n  POST /v1/samples (samples.create): answers 200 (every call); called 0 time(s)"
)]
async fn an_unstubbed_operation_fails_the_test_naming_it_and_what_is_stubbed() {
    let stub = Stub::new();
    stub.samples().create().returns(sample("s_1"));
    let _ = retrieve(&stub.client(), "s_1").await;
}

#[tokio::test]
#[should_panic(expected = "(nothing is stubbed)")]
async fn an_empty_stub_says_nothing_is_stubbed() {
    let _ = retrieve(&Stub::new().client(), "s_1").await;
}

#[tokio::test]
async fn limited_answers_are_used_in_order_then_the_next() {
    let stub = Stub::new();
    let create_stub = stub.samples().create();
    create_stub.returns(sample("first")).times(1);
    create_stub.fails_with(
        402,
        r#"{"error":{"type":"card_error","code":"card_declined"}}"#,
    );
    let client = stub.client();
    assert_eq!(
        create(&client, &sample("a")).await.unwrap(),
        sample("first")
    );
    for _ in 0..2 {
        match create(&client, &sample("b")).await {
            Err(error @ Error::Api(_)) => {
                assert_eq!(error.status(), Some(402));
                assert_eq!(error.code(), Some("card_declined"), "{error:?}");
            }
            other => panic!("expected the stubbed error, got {other:?}"),
        }
    }
    assert_eq!(create_stub.call_count(), 3);
}

#[tokio::test]
#[should_panic(
    expected = "no answer left for POST /v1/samples (samples.create, `POST /v1/samples`): this is call 2, and its answers are used up"
)]
async fn used_up_answers_fail_the_test() {
    let stub = Stub::new();
    stub.samples().create().returns(sample("once")).times(1);
    let client = stub.client();
    create(&client, &sample("a")).await.unwrap();
    let _ = create(&client, &sample("b")).await;
}

#[tokio::test]
async fn raw_json_goes_through_the_decoder_which_refuses_a_bad_body() {
    let stub = Stub::new();
    stub.samples()
        .retrieve()
        .returns_json(200, r#"{"id": 7}"#)
        .times(1);
    stub.samples()
        .retrieve()
        .returns_json(200, r#"[{"id": "s_1"}]"#)
        .times(1);
    stub.samples()
        .retrieve()
        .returns_json(200, r#"{"id": "s_1"}"#);
    let client = stub.client();
    let error = retrieve(&client, "s_1").await.unwrap_err();
    assert!(matches!(error, Error::Decode(_)), "{error:?}");
    let error = retrieve(&client, "s_1").await.unwrap_err();
    assert!(
        error.to_string().contains("expected a JSON object"),
        "{error}"
    );
    assert_eq!(retrieve(&client, "s_1").await.unwrap(), sample("s_1"));
}

#[tokio::test]
async fn a_raw_call_is_matched_by_its_path_the_most_literal_route_first() {
    let stub = Stub::new();
    stub.samples().retrieve().returns(sample("by_id"));
    stub.samples().search().returns(sample("searched"));
    let client = stub.client();
    let found = client
        .raw(reqwest::Method::GET, "/v1/samples/search")
        .await
        .unwrap();
    assert_eq!(found["id"], "searched");
    let found = client
        .raw(reqwest::Method::GET, "/v1/samples/s_3")
        .await
        .unwrap();
    assert_eq!(found["id"], "by_id");
    assert_eq!(stub.samples().search().call_count(), 1);
    assert_eq!(stub.samples().retrieve().call_count(), 1);
}

#[tokio::test]
async fn an_empty_response_and_full_responses() {
    let stub = Stub::new();
    stub.samples().delete().returns(());
    stub.samples()
        .create()
        .responds(MockResponse::json(200, r#"{"id":"s_h"}"#).header("Request-Id", "req_42"));
    let client = stub.client();
    let mut request = ApiRequest::new(reqwest::Method::DELETE, "/v1/samples/s_1".into());
    request.operation("samples.delete", "/v1/samples/{id}");
    Call::new(
        &client,
        Ok(request),
        &RequestOptions::default(),
        decode_empty,
    )
    .await
    .unwrap();
    assert_eq!(create(&client, &sample("x")).await.unwrap(), sample("s_h"));
}

#[test]
fn a_body_that_is_not_the_typed_request_is_a_clear_error() {
    let stub = Stub::new();
    let request = crate::testing::RecordedRequest {
        method: "POST".into(),
        path: "/v1/samples".into(),
        query: None,
        headers: Vec::new(),
        body: br#"{"name":"x"}"#.to_vec(),
    };
    let error = stub.samples().create().body_of(&request).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("the body sent to samples.create is not its typed request"),
        "{error}"
    );
}

#[test]
#[should_panic(
    expected = "samples.create (POST /v1/samples) was not called, so it has no last body"
)]
fn no_last_body_before_a_call() {
    Stub::new().samples().create().last_body();
}

#[test]
#[should_panic(expected = "`fails_with` on samples.create takes an error status")]
fn fails_with_needs_an_error_status() {
    Stub::new().samples().create().fails_with(200, "{}");
}

#[test]
fn form_pairs_are_decoded() {
    let request = crate::testing::RecordedRequest {
        method: "POST".into(),
        path: "/v1/x".into(),
        query: None,
        headers: Vec::new(),
        body: b"amount=500&metadata%5Border%5D=a+b%26c&flag".to_vec(),
    };
    assert_eq!(
        request.form_pairs(),
        vec![
            ("amount".to_owned(), "500".to_owned()),
            ("metadata[order]".to_owned(), "a b&c".to_owned()),
            ("flag".to_owned(), String::new()),
        ]
    );
}
