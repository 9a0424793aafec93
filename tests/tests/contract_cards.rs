//! Contract tests of payment methods, customers and setup intents: the generated client against
//! Prism with request validation on, in both of the suite's modes. The requests
//! (`contract_cards/requests.rs`) run twice: in `normalized`, against the generator's normalized
//! document (`generated-client/openapi.json`, `Prism::shared`), and in `as_written`, against the
//! specs merged but not normalized (`Prism::shared_as_written`), so a request the widened
//! document accepts but the specs refuse fails. What stays here is about the normalized document
//! alone: responses Prism invents from the schemas, and a copy of it requiring idempotency keys.

// `contract_cards/requests.rs` (and the example it runs) is loaded once per Prism, on purpose.
#![allow(clippy::duplicate_mod)]

use std::time::Duration;

use serde_json::{json, Value};
use wooshpay::{
    BillingDetails, Client, ConfirmSetupIntent, CreateCustomer, CreatePaymentMethod,
    CreatePaymentMethodCard, CreateSetupIntent, Error, ListCustomerPaymentMethods,
    ListPaymentMethods, PaymentMethodDataType, UpdatePaymentMethod, UpdateSetupIntent,
};
use wooshpay_tests::prism::{self, Prism};

/// IDs of the specs' examples.
const PAYMENT_METHOD_ID: &str = "pm_1604012357044928512";
const CUSTOMER_ID: &str = "cus_1760950869144109056";
const SETUP_INTENT_ID: &str = "seti_1953770262453288960";

/// The request tests against the normalized document.
#[path = "contract_cards/normalized.rs"]
mod normalized;

/// The request tests against the specs as written.
#[path = "contract_cards/as_written.rs"]
mod as_written;

fn builder(prism: &Prism) -> wooshpay::ClientBuilder {
    Client::builder("sk_test_x")
        .base_url(prism.base_url())
        .backoff(Duration::from_millis(10), Duration::from_millis(50))
        .timeout(Duration::from_secs(20))
}

/// A client of `prism`, with short retries so a failure shows quickly.
fn client(prism: &Prism) -> Client {
    builder(prism).build().expect("client builds")
}

/// Unwraps a call's result, failing with the error and Prism's log.
fn ok<T>(result: Result<T, Error>, what: &str, prism: &Prism) -> T {
    match result {
        Ok(value) => value,
        Err(error) => panic!(
            "{what} failed: {error}\n{error:?}\n--- Prism's output:\n{}",
            prism.output()
        ),
    }
}

/// POSTs the JSON `body` to `path` and returns Prism's status and body.
async fn post(prism: &Prism, path: &str, body: &str) -> (u16, String) {
    let response = reqwest::Client::new()
        .post(format!("{}{path}", prism.base_url()))
        .basic_auth("sk_test_x", None::<&str>)
        .header("accept", "application/json")
        .header("content-type", "application/json")
        .body(body.to_owned())
        .send()
        .await
        .expect("Prism answers");
    let status = response.status().as_u16();
    (status, response.text().await.unwrap_or_default())
}

/// A card payment method, as integration code creates one.
fn create_card_body() -> CreatePaymentMethod {
    CreatePaymentMethod {
        r#type: PaymentMethodDataType::Card,
        card: Some(CreatePaymentMethodCard {
            number: Some("4111111111111111".into()),
            exp_month: Some(3),
            exp_year: Some(2027),
            cvc: Some("123".into()),
            name: Some("Jane Doe".into()),
            ..Default::default()
        }),
        billing_details: Some(BillingDetails {
            email: Some("jane@example.com".into()),
            name: Some("Jane Doe".into()),
            ..Default::default()
        }),
        metadata: Some([("user".to_owned(), json!("42"))].into_iter().collect()),
    }
}

fn confirm_body() -> ConfirmSetupIntent {
    ConfirmSetupIntent {
        payment_method: Some(PAYMENT_METHOD_ID.into()),
        return_url: "https://shop.example/cards/saved".into(),
        customer: None,
        description: None,
        metadata: None,
        payment_method_options: None,
        payment_method_data: None,
        usage: None,
    }
}

/// A client asking Prism for responses generated from the schemas instead of the examples.
fn dynamic_client(prism: &Prism) -> Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        "prefer",
        reqwest::header::HeaderValue::from_static("dynamic=true"),
    );
    let http = reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .expect("reqwest client builds");
    builder(prism)
        .http_client(http)
        .build()
        .expect("client builds")
}

/// Prism invents values for every response (nulls, absent optionals, any enum value); every
/// one must decode.
#[tokio::test]
async fn schema_generated_card_responses_decode() {
    let prism = Prism::shared();
    let client = dynamic_client(prism);
    let methods = client.payment_methods();
    for _ in 0..10 {
        ok(
            methods.create(&create_card_body()).await,
            "create (dynamic)",
            prism,
        );
        ok(methods.retrieve("pm_1").await, "retrieve (dynamic)", prism);
        ok(
            methods
                .update("pm_1", &UpdatePaymentMethod::default())
                .await,
            "update (dynamic)",
            prism,
        );
        ok(
            methods
                .attach(
                    "pm_1",
                    &wooshpay::AttachPaymentMethod {
                        customer: "cus_1".into(),
                    },
                )
                .await,
            "attach (dynamic)",
            prism,
        );
        ok(methods.detach("pm_1").await, "detach (dynamic)", prism);
        ok(
            methods.list(&ListPaymentMethods::default()).await,
            "list (dynamic)",
            prism,
        );
        ok(
            methods
                .list_for_customer("cus_1", &ListCustomerPaymentMethods::default())
                .await,
            "list_for_customer (dynamic)",
            prism,
        );
        ok(
            client.customers().create(&CreateCustomer::default()).await,
            "customer create (dynamic)",
            prism,
        );
        ok(
            client.customers().retrieve("cus_1").await,
            "customer retrieve (dynamic)",
            prism,
        );
        let intents = client.setup_intents();
        ok(
            intents.create(&CreateSetupIntent::default()).await,
            "setup intent create (dynamic)",
            prism,
        );
        ok(
            intents
                .update("seti_1", &UpdateSetupIntent::default())
                .await,
            "setup intent update (dynamic)",
            prism,
        );
        ok(
            intents.confirm("seti_1", &confirm_body()).await,
            "setup intent confirm (dynamic)",
            prism,
        );
    }
}

/// Every POST of these resources carries an idempotency key: the caller's when given, else a
/// fresh UUID per call. Checked by a copy of the normalized document whose POSTs require an
/// `Idempotency-Key` matching `pattern`.
#[tokio::test]
async fn card_posts_send_an_idempotency_key() {
    let pattern = "^(card-42|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$";
    let posts = [
        "/v1/payment_methods",
        "/v1/payment_methods/{id}",
        "/v1/payment_methods/{paymentmethod_id}/attach",
        "/v1/payment_methods/{paymentmethod_id}/detach",
        "/v1/customers",
        "/v1/setup_intents",
        "/v1/setup_intents/{id}",
        "/v1/setup_intents/{id}/confirm",
    ];
    let mut document: Value = serde_json::from_slice(
        &std::fs::read(prism::generated_document()).expect("generated-client/openapi.json exists"),
    )
    .expect("the normalized document is JSON");
    for path in posts {
        let pointer = format!("/paths/{}/post/parameters", path.replace('/', "~1"));
        let parameters = document
            .pointer_mut(&pointer)
            .and_then(Value::as_array_mut)
            .unwrap_or_else(|| panic!("{pointer} is a parameter list"));
        parameters.push(json!({
            "name": "Idempotency-Key", "in": "header", "required": true,
            "schema": {"type": "string", "pattern": pattern}
        }));
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("openapi.json");
    std::fs::write(
        &path,
        serde_json::to_vec_pretty(&document).expect("serializes"),
    )
    .expect("writes the document");
    let strict = Prism::start(&path);
    let client = client(&strict);
    let methods = client.payment_methods();

    ok(
        methods
            .create(&create_card_body())
            .idempotency_key("card-42")
            .await,
        "create with the caller's key",
        &strict,
    );
    ok(methods.create(&create_card_body()).await, "create", &strict);
    ok(
        methods
            .update("pm_1", &UpdatePaymentMethod::default())
            .await,
        "update",
        &strict,
    );
    ok(
        methods
            .attach(
                "pm_1",
                &wooshpay::AttachPaymentMethod {
                    customer: "cus_1".into(),
                },
            )
            .await,
        "attach",
        &strict,
    );
    ok(methods.detach("pm_1").await, "detach", &strict);
    ok(
        client
            .customers()
            .create(&CreateCustomer::default())
            .idempotency_key("card-42")
            .await,
        "customer create",
        &strict,
    );
    let intents = client.setup_intents();
    ok(
        intents.create(&CreateSetupIntent::default()).await,
        "setup intent create",
        &strict,
    );
    ok(
        intents
            .update("seti_1", &UpdateSetupIntent::default())
            .await,
        "setup intent update",
        &strict,
    );
    ok(
        intents.confirm("seti_1", &confirm_body()).await,
        "setup intent confirm",
        &strict,
    );
    // The check is live: a wrong key and no key are refused.
    let error = methods
        .detach("pm_1")
        .idempotency_key("not-this-one")
        .await
        .expect_err("Prism refuses a key that does not match");
    assert_eq!(error.status(), Some(422), "{error}");
    let (status, text) = post(&strict, "/v1/customers", "{}").await;
    assert_eq!(status, 422, "a POST without a key: {text}");
}

/// What Prism cannot see: the exact query strings and bodies sent (Prism accepts a request that
/// leaves out an optional parameter). In-process, with the crate's mock transport.
#[tokio::test]
async fn card_requests_carry_what_the_specs_say() {
    use wooshpay::testing::{MockResponse, MockTransport};
    let mock = MockTransport::new();
    let card = r#"{"id":"pm_1","object":"payment_method","created":1,"type":"card"}"#;
    let page = r#"{"object":"list","url":"/v1/payment_methods","has_more":false,"data":[]}"#;
    mock.push(MockResponse::json(200, page))
        .push(MockResponse::json(200, page))
        .push(MockResponse::json(200, card))
        .push(MockResponse::json(200, card))
        .push(MockResponse::json(
            200,
            r#"{"id":"cus_1","object":"customer","created":1}"#,
        ));
    let client = Client::builder("sk_test_x")
        .mock_transport(mock.clone())
        .build()
        .expect("client builds");
    let methods = client.payment_methods();
    let filters = ListPaymentMethods {
        customer: Some("cus_1".into()),
        r#type: Some("card".into()),
        limit: Some(3),
        ..Default::default()
    };
    methods.list(&filters).await.expect("list");
    let params = ListCustomerPaymentMethods {
        r#type: Some("card".into()),
        limit: Some("5".into()),
        starting_after: Some("pm_0".into()),
        ..Default::default()
    };
    methods
        .list_for_customer("cus_1", &params)
        .await
        .expect("list_for_customer");
    methods
        .attach(
            "pm_1",
            &wooshpay::AttachPaymentMethod {
                customer: "cus_1".into(),
            },
        )
        .await
        .expect("attach");
    methods.detach("pm_1").await.expect("detach");
    client
        .customers()
        .retrieve("cus_1")
        .await
        .expect("retrieve");

    let sent = mock.requests();
    let query = |i: usize| {
        let mut pairs: Vec<String> = sent[i]
            .query
            .clone()
            .unwrap_or_default()
            .split('&')
            .map(str::to_owned)
            .collect();
        pairs.sort();
        pairs
    };
    assert_eq!(
        (sent[0].method.as_str(), sent[0].path.as_str()),
        ("GET", "/v1/payment_methods")
    );
    assert_eq!(query(0), ["customer=cus_1", "limit=3", "type=card"]);
    assert!(sent[0].body.is_empty(), "the list's filters are a query");
    assert_eq!(sent[1].path, "/v1/customers/cus_1/payment_methods");
    assert_eq!(query(1), ["limit=5", "starting_after=pm_0", "type=card"]);
    assert!(
        sent[1].body.is_empty(),
        "the export's empty body is not sent"
    );
    assert_eq!(
        (sent[2].method.as_str(), sent[2].path.as_str()),
        ("POST", "/v1/payment_methods/pm_1/attach")
    );
    let body: Value = serde_json::from_slice(&sent[2].body).expect("a JSON body");
    assert_eq!(body, json!({"customer": "cus_1"}));
    assert_eq!(
        (sent[3].method.as_str(), sent[3].path.as_str()),
        ("POST", "/v1/payment_methods/pm_1/detach")
    );
    assert!(
        sent[3].body.is_empty(),
        "detach has no body, as integration code sends it"
    );
    assert!(sent[3].header("idempotency-key").is_some());
    assert_eq!(
        (sent[4].method.as_str(), sent[4].path.as_str()),
        ("GET", "/v1/customers/cus_1")
    );
    assert!(sent[4].body.is_empty());
}
