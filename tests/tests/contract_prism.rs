//! Contract tests: the generated client against Prism mocking the normalized OpenAPI document
//! the generator writes (`generated-client/openapi.json`), with request validation on.
//!
//! Prism rejects (4xx) any request that does not match the document, so every passing call
//! proves the client sends what the spec describes (path, headers, auth, body); every response
//! must decode into the generated types, both Prism's static examples and its dynamic,
//! schema-generated responses (`Prefer: dynamic=true`). The client's requests are in
//! `contract_requests/`, shared with `contract_as_written.rs`, which checks the same requests
//! against the specs as written (the normalized document widens them, so it cannot vouch for
//! itself).

use serde_json::{json, Value};
use wooshpay::{Error, UpdateDispute};
use wooshpay_tests::prism::{self, Prism};

mod contract_requests;

use contract_requests::client;

/// The Prism the shared request tests (`contract_requests`) talk to: the one mocking the
/// normalized document.
fn contract_prism() -> &'static Prism {
    Prism::shared()
}

#[tokio::test]
async fn prism_rejects_a_body_that_breaks_the_schema() {
    let prism = Prism::shared();
    // `submit` is a boolean in the spec; a string must be refused. This proves validation is
    // on, so the passing tests above mean something.
    let response = reqwest::Client::new()
        .post(format!("{}/v1/disputes/dp_123", prism.base_url()))
        .basic_auth("sk_test_x", None::<&str>)
        .header("accept", "application/json")
        .header("content-type", "application/json")
        .body(r#"{"submit":"yes"}"#)
        .send()
        .await
        .expect("Prism answers");
    assert_eq!(
        response.status().as_u16(),
        422,
        "Prism's output:\n{}",
        prism.output()
    );
    let problem: Value = response.json().await.expect("a problem+json body");
    let text = problem.to_string();
    assert!(
        text.contains("submit") && text.contains("boolean"),
        "the validation error names the field and type: {text}"
    );

    // The same body with a boolean passes, so the 422 is about the type, nothing else.
    let response = reqwest::Client::new()
        .post(format!("{}/v1/disputes/dp_123", prism.base_url()))
        .basic_auth("sk_test_x", None::<&str>)
        .header("accept", "application/json")
        .header("content-type", "application/json")
        .body(r#"{"submit":true}"#)
        .send()
        .await
        .expect("Prism answers");
    assert_eq!(
        response.status().as_u16(),
        200,
        "Prism's output:\n{}",
        prism.output()
    );
}

/// The normalized document means what the generator intends: optional properties may be
/// `null` (`nullable: true`), and a `$ref` wrapped into `allOf` (to keep its sibling
/// description) still validates the referenced schema.
#[tokio::test]
async fn the_normalized_document_validates_as_intended() {
    let prism = Prism::shared();
    let http = reqwest::Client::new();
    let cases = [
        (r#"{"evidence":null,"metadata":null,"submit":null}"#, 200),
        (
            r#"{"evidence":{"customer_name":null,"receipt":"file_1"}}"#,
            200,
        ),
        (r#"{"metadata":{"any":{"nested":[1,true]}}}"#, 200),
        (r#"{"evidence":{"customer_name":5}}"#, 422),
        (r#"{"evidence":"a string"}"#, 422),
        (r#"{"metadata":[]}"#, 422),
    ];
    for (body, expected) in cases {
        let response = http
            .post(format!("{}/v1/disputes/dp_123", prism.base_url()))
            .basic_auth("sk_test_x", None::<&str>)
            .header("accept", "application/json")
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .expect("Prism answers");
        let status = response.status().as_u16();
        let text = response.text().await.unwrap_or_default();
        assert_eq!(status, expected, "body {body}: {text}");
    }
}

#[tokio::test]
async fn prism_rejects_a_request_without_credentials() {
    let prism = Prism::shared();
    let response = reqwest::Client::new()
        .get(format!("{}/v1/disputes/dp_123", prism.base_url()))
        .header("accept", "application/json")
        .header("content-type", "application/json")
        .send()
        .await
        .expect("Prism answers");
    assert_eq!(
        response.status().as_u16(),
        401,
        "Prism's output:\n{}",
        prism.output()
    );
}

/// Through the client: a document where `submit` is a string makes the client's (correct)
/// boolean invalid; Prism's 422 must come back as `Error::Api` with the raw problem body.
#[tokio::test]
async fn a_rejected_request_surfaces_as_an_api_error() {
    let mut document: Value = serde_json::from_slice(
        &std::fs::read(prism::generated_document()).expect("generated-client/openapi.json exists"),
    )
    .expect("the normalized document is JSON");
    let submit = document
        .pointer_mut("/paths/~1v1~1disputes~1{id}/post/requestBody/content/application~1json/schema/properties/submit")
        .expect("the update body has a `submit` property");
    *submit = json!({"type": "string", "enum": ["only-this"]});
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("openapi.json");
    std::fs::write(&path, serde_json::to_vec_pretty(&document).unwrap()).unwrap();
    let strict = Prism::start(&path);

    let error = client(&strict)
        .disputes()
        .update(
            "dp_123",
            &UpdateDispute {
                submit: Some(true),
                ..Default::default()
            },
        )
        .await
        .expect_err("Prism must reject a boolean `submit` in this document");
    let Error::Api(api) = &error else {
        panic!("expected Error::Api, got {error:?}")
    };
    assert_eq!(api.status, 422, "{error}");
    assert!(
        api.body.contains("submit"),
        "the raw body names the field: {}",
        api.body
    );
    assert_eq!(error.status(), Some(422));
    assert!(error.to_string().contains("422"), "{error}");
}
