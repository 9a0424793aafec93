//! The environment follows the key: prefixes come from the spec's `x-key-prefix` server
//! extension; an explicit environment that contradicts the key is a configuration error.

use serde_json::json;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};
use wooshpay::{Client, Environment, Error};

#[test]
fn the_default_environment_follows_the_key() {
    assert_eq!(
        Client::new("sk_live_abc").base_url(),
        Environment::Live.base_url()
    );
    assert_eq!(
        Client::new("sk_test_abc").base_url(),
        Environment::Test.base_url()
    );
    assert_eq!(Environment::for_key("pk_live_1"), Some(Environment::Live));
    assert_eq!(Environment::for_key("whatever"), None);
    // A key without a known prefix goes to the first server.
    assert_eq!(
        Client::new("key_x").base_url(),
        Environment::Test.base_url()
    );
}

#[test]
fn a_contradicting_environment_is_a_config_error() {
    let error = Client::builder("sk_live_abc")
        .environment(Environment::Test)
        .build()
        .expect_err("a live key on the test host");
    assert!(matches!(error, Error::Config(_)), "{error:?}");
    let shown = error.to_string();
    assert!(shown.contains("Live") && shown.contains("Test"), "{shown}");
    assert!(
        !shown.contains("sk_live_abc"),
        "the key never shows: {shown}"
    );
    let client = Client::builder("sk_test_abc")
        .environment(Environment::Test)
        .build()
        .expect("agrees");
    assert_eq!(client.base_url(), Environment::Test.base_url());
}

#[tokio::test]
async fn an_explicit_base_url_still_reaches_a_local_server() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"id": "dp_1", "object": "dispute", "created": 1})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder("sk_live_abc")
        .base_url(server.uri())
        .build()
        .expect("a mock or proxy is allowed");
    client.disputes().retrieve("dp_1").await.expect("ok");
    server.verify().await;
}

#[test]
fn prefixes_come_from_the_spec() {
    let spec = r#"
openapi: 3.0.1
info: {title: Keys, version: '1'}
servers:
  - url: https://sandbox.example.com
    x-key-prefix: key_sbx_
  - url: https://api.example.com
    x-name: production
    x-key-prefix: [key_prod_]
  - url: https://odd.example.com
    x-name: odd
    x-key-prefix: 42
paths:
  /things/{id}:
    get:
      summary: Retrieve a thing
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}}
security: [{basic: []}]
components:
  securitySchemes:
    basic: {type: http, scheme: basic}
"#;
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("keys.yaml"), spec).expect("write");
    let (files, report) =
        wooshpay_codegen::render(dir.path(), &wooshpay_codegen::Options::default())
            .expect("renders");
    let lib = &files["src/lib.rs"];
    assert!(lib.contains(r#"key.starts_with("key_prod_")"#), "{lib}");
    assert!(lib.contains(r#"key.starts_with("key_sbx_")"#), "{lib}");
    assert!(
        report.to_string().contains("x-key-prefix"),
        "a non-string prefix is reported: {report}"
    );
}
