//! Issue 21, items 2 and 7 on the payment specs: what the pages document reaches the generated
//! types (confirm's fields, both forms of its flags, next_action's redirects, mobile money, the
//! checkout session's fields and values, a refund's amount as text, the units of time fields),
//! and the names a user guesses (`client.webhook_endpoints()`, `<Accessor>Resource` handles,
//! `three_d_secure_status`, leading digits spelled out, "Retrieve" spelled right, the crate
//! root's idempotency example on a create), with the generator settings and change report
//! behind them. Wire forms are checked through `wooshpay::testing::MockTransport`, in-process.

use std::path::Path;

use serde_json::{json, Value};
use wooshpay::testing::{MockResponse, MockTransport};
use wooshpay::{
    BoolOrString, CaptureMethod, CheckoutSession, CheckoutSessionMode,
    CheckoutSessionPaymentStatus, CheckoutSessionStatus, Client, ConfirmPaymentIntent,
    CreatePaymentIntent, CreateRefund, CreateSession, CreateSessionPaymentIntentData,
    PaymentIntent, PaymentIntentNextAction, PaymentMethodData, PaymentMethodDataMobileMoney,
    PaymentMethodDataType, Refund, RefundStatus, WebhookEndpoint, WebhookEndpointStatus,
};
use wooshpay_codegen::{Options, Settings};

/// A client answering every request with `body` (status 200), and the transport recording
/// what it sent.
fn mock_client(body: &Value) -> (Client, MockTransport) {
    let mock = MockTransport::new();
    mock.otherwise(MockResponse::json(200, body.to_string()));
    let client = Client::builder("sk_test_x")
        .mock_transport(mock.clone())
        .build()
        .expect("client builds");
    (client, mock)
}

fn sent_json(mock: &MockTransport) -> Value {
    let requests = mock.requests();
    let last = requests.last().expect("a request was sent");
    serde_json::from_slice(&last.body).expect("the body is JSON")
}

/// The retrieve page's PaymentIntent (real WooshPay shape: milliseconds, JSON in strings,
/// `3ds_status`), with a value in `3ds_status`.
fn payment_intent_json() -> Value {
    json!({
        "id": "pi_1604012360740110336", "object": "payment_intent", "created": 1671261323000_i64,
        "currency": "USD", "amount": 10, "status": "succeeded",
        "next_action": null, "payment_method_types": "[\"wechat_pay\",\"alipay\",\"card\"]",
        "payment_method_options": "{\"card\":{\"request_three_d_secure\":\"auto\",\"capture_method\":\"automatic\"}}",
        "3ds_status": "authenticated", "capture_method": "automatic",
        "return_url": "https://your.website", "payment_method": "pm_1604012357044928512"
    })
}

fn session_json() -> Value {
    json!({
        "id": "cs_1580071142008291328", "object": "checkout.session", "created": 1665553291000_i64,
        "mode": "payment", "status": "open", "payment_status": "unpaid",
        "url": "https://checkouttest.wooshpay.com/pay/cs_test_1580071142008291328",
        "expires_at": 1754736504499_i64
    })
}

fn webhook_json() -> Value {
    json!({
        "id": "we_1M3fqHHTdYyGj2Y6LeGVaamQ", "object": "webhook_endpoint", "api_version": null,
        "created": 1668344601, "enabled_events": ["payment_intent.succeeded"], "livemode": false,
        "metadata": {}, "status": "enabled", "url": "https://example.com/my/webhook/endpoint"
    })
}

// ---- Item 7: names a user guesses ----

/// The endpoint CRUD is `client.webhook_endpoints()` (not `client.webhooks()`, the name of the
/// signature module), on `/v1/webhook_endpoints`, returning a `WebhookEndpointsResource`.
#[tokio::test]
async fn webhook_endpoints_is_the_accessor_of_the_endpoint_crud() {
    let (client, mock) = mock_client(&webhook_json());
    let handle: wooshpay::WebhookEndpointsResource<'_> = client.webhook_endpoints();
    let endpoint = handle
        .retrieve("we_1M3fqHHTdYyGj2Y6LeGVaamQ")
        .await
        .expect("retrieve");
    assert_eq!(endpoint.status, Some(WebhookEndpointStatus::Enabled));
    let requests = mock.requests();
    assert_eq!(requests[0].method, "GET");
    assert_eq!(
        requests[0].path,
        "/v1/webhook_endpoints/we_1M3fqHHTdYyGj2Y6LeGVaamQ"
    );
    // The signature module keeps `webhooks`.
    let _ = wooshpay::webhooks::DEFAULT_TOLERANCE;
}

/// Every handle is `<Accessor>Resource`: one rule, so `BalanceResource` sits next to
/// `DisputesResource`, and no handle takes a schema's name (`Balance`, `Dispute`).
#[test]
fn every_handle_is_its_accessor_and_resource() {
    let (client, _) = mock_client(&json!({}));
    let _: wooshpay::BalanceResource<'_> = client.balance();
    let _: wooshpay::DisputesResource<'_> = client.disputes();
    let _: wooshpay::PaymentIntentsResource<'_> = client.payment_intents();
    let _: wooshpay::CheckoutSessionsResource<'_> = client.checkout_sessions();
    let _: wooshpay::RefundsResource<'_> = client.refunds();
    let _: wooshpay::WebhookEndpointsResource<'_> = client.webhook_endpoints();
    let api: Value =
        serde_json::from_str(include_str!("../../generated-client/api.json")).expect("api.json");
    let resources = api["resources"]
        .as_object()
        .expect("api.json records the handles");
    assert!(resources.len() >= 6, "{resources:?}");
    for (accessor, handle) in resources {
        let camel: String = accessor
            .split('_')
            .map(|w| {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                    .unwrap_or_default()
            })
            .collect();
        assert_eq!(handle.as_str(), Some(format!("{camel}Resource").as_str()));
    }
}

/// `3ds_status` reads `three_d_secure_status` in Rust and keeps its wire name both ways.
#[test]
fn three_d_secure_status_keeps_its_wire_name() {
    let intent: PaymentIntent = serde_json::from_value(payment_intent_json()).expect("decodes");
    assert_eq!(
        intent.three_d_secure_status.as_deref(),
        Some("authenticated")
    );
    let back = serde_json::to_value(&intent).expect("encodes");
    assert_eq!(back["3ds_status"], "authenticated");
    assert!(back.get("three_d_secure_status").is_none(), "{back}");
}

/// A leading digit followed by a letter is spelled out: `9pay` is `NinePay`, still `9pay` on
/// the wire.
#[test]
fn a_leading_digit_is_spelled_out() {
    assert_eq!(PaymentMethodDataType::NinePay.as_str(), "9pay");
    assert_eq!(
        PaymentMethodDataType::from("9pay"),
        PaymentMethodDataType::NinePay
    );
}

/// The generated docs spell the checkout summary right; the normalized document keeps the
/// export's "Retreive".
#[test]
fn retrieve_is_spelled_right_in_the_docs() {
    let code = include_str!("../../generated-client/src/resources/checkout_sessions.rs");
    assert!(code.contains("/// Retrieve a Session"), "{code}");
    assert!(!code.contains("Retreive"));
    let readme = include_str!("../../generated-client/README.md");
    assert!(readme.contains("| Retrieve a Session |"));
    let document = include_str!("../../generated-client/openapi.json");
    assert!(document.contains("\"summary\": \"Retreive a Session\""));
}

/// The crate root's per-call options example sets the idempotency key on a create (a POST),
/// not on a GET.
#[test]
fn the_idempotency_example_calls_a_create() {
    let lib = include_str!("../../generated-client/src/lib.rs");
    let at = lib
        .find(".idempotency_key(")
        .expect("the crate docs show an idempotency key");
    let call = lib[..at]
        .rsplit("let response = ")
        .next()
        .expect("the call it is set on");
    assert!(call.contains(".create("), "{call}");
    assert!(!call.contains(".retrieve("), "{call}");
}

/// The renames were breaking (0.2.0), and so is what followed (required fields without
/// `Default`: 0.3.0); the changelog names them.
#[test]
fn the_crate_is_0_3_0_and_its_changelog_names_the_breaking_changes() {
    let manifest = include_str!("../../generated-client/Cargo.toml");
    assert!(manifest.contains("version = \"0.3.0\""), "{manifest}");
    let changelog = include_str!("../../generated-client/CHANGELOG.md");
    assert!(changelog.contains("next version 0.3.0"));
    assert!(changelog.contains("type `CreatePaymentIntent` no longer implements `Default`"));
    for line in [
        "resource `client.webhooks()` renamed to `client.webhook_endpoints()`",
        "handle type `Disputes` of `client.disputes()` renamed to `DisputesResource`",
        "field `PaymentIntent._3ds_status` renamed to `PaymentIntent.three_d_secure_status`",
        "`PaymentMethodDataType::V9pay` is now `PaymentMethodDataType::NinePay`",
    ] {
        assert!(changelog.contains(line), "{line}");
    }
}

// ---- Item 2: what the pages document ----

/// Confirm takes return_url, payment_method and payment_method_options, and its two flags in
/// both documented forms: a boolean (the create page's `off-session`) or text (the confirm
/// page's string), each sent as chosen.
#[tokio::test]
async fn confirm_sends_its_flags_in_the_form_chosen() {
    let (client, mock) = mock_client(&payment_intent_json());
    let intents = client.payment_intents();
    let body = ConfirmPaymentIntent {
        payment_method: Some("pm_1604012357044928512".into()),
        return_url: Some("https://shop.example/back".into()),
        payment_method_options: Some(wooshpay::PaymentMethodOptions {
            card: Some(wooshpay::CardOptions {
                request_three_d_secure: Some("any".into()),
                capture_method: Some(CaptureMethod::Manual),
            }),
        }),
        off_session: Some(BoolOrString::Bool(true)),
        error_on_requires_action: Some(BoolOrString::Bool(false)),
        ..Default::default()
    };
    intents.confirm("pi_1", &body).await.expect("confirm");
    assert_eq!(
        sent_json(&mock),
        json!({
            "payment_method": "pm_1604012357044928512",
            "return_url": "https://shop.example/back",
            "payment_method_options": {"card": {"request_three_d_secure": "any", "capture_method": "manual"}},
            "off_session": true,
            "error_on_requires_action": false
        })
    );
    let text = ConfirmPaymentIntent {
        off_session: Some(BoolOrString::String("true".into())),
        error_on_requires_action: Some(BoolOrString::String("false".into())),
        ..Default::default()
    };
    intents.confirm("pi_1", &text).await.expect("confirm");
    assert_eq!(
        sent_json(&mock),
        json!({"off_session": "true", "error_on_requires_action": "false"})
    );
    // Both forms decode too (a test server reading the request).
    let read: ConfirmPaymentIntent =
        serde_json::from_value(json!({"off_session": true, "error_on_requires_action": "true"}))
            .expect("decodes");
    assert_eq!(read.off_session, Some(BoolOrString::Bool(true)));
    assert_eq!(
        read.error_on_requires_action,
        Some(BoolOrString::String("true".into()))
    );
}

/// On a create the flag is sent as the create page prints it, `off-session`.
#[tokio::test]
async fn create_sends_off_session_with_the_pages_hyphen() {
    let (client, mock) = mock_client(&payment_intent_json());
    let body = CreatePaymentIntent {
        confirm: Some(true),
        off_session: Some(true),
        capture_method: Some(CaptureMethod::Manual),
        ..CreatePaymentIntent::new(100, "USD")
    };
    client
        .payment_intents()
        .create(&body)
        .await
        .expect("create");
    let sent = sent_json(&mock);
    assert_eq!(sent["off-session"], true, "{sent}");
    assert!(sent.get("off_session").is_none(), "{sent}");
    assert_eq!(sent["capture_method"], "manual");
}

/// payment_method_data carries mobile money details (as integration code sends them), and
/// `mobile_money` is a value of the type list.
#[test]
fn payment_method_data_carries_mobile_money() {
    let data = PaymentMethodData {
        r#type: PaymentMethodDataType::MobileMoney,
        mobile_money: Some(PaymentMethodDataMobileMoney {
            phone_number: Some("250788123456".into()),
            provider_code: Some("mtn_rw".into()),
        }),
        billing_details: None,
        card: None,
        sepa_debit: None,
        wechat_pay: None,
        alipayplus: None,
    };
    assert_eq!(
        serde_json::to_value(&data).unwrap(),
        json!({"type": "mobile_money", "mobile_money": {"phone_number": "250788123456", "provider_code": "mtn_rw"}})
    );
    let back: PaymentMethodData =
        serde_json::from_value(serde_json::to_value(&data).unwrap()).expect("decodes");
    assert_eq!(back, data);
}

/// next_action keeps the redirects the pages and integrations show: `challenge_redirect`
/// (guides), `redirect_to_url` (integration code), `ddc_redirect` (the Direct API guide's 3DS
/// example, which sends the action as JSON text).
#[test]
fn next_action_keeps_redirect_to_url_and_ddc_redirect() {
    let mut value = payment_intent_json();
    value["next_action"] = json!({
        "type": "redirect_to_url",
        "redirect_to_url": {"url": "https://pay.example/momo", "return_url": "https://shop.example/back"}
    });
    let intent: PaymentIntent = serde_json::from_value(value.clone()).expect("decodes");
    let Some(PaymentIntentNextAction::NextAction(action)) = &intent.next_action else {
        panic!("an object: {:?}", intent.next_action)
    };
    let redirect = action.redirect_to_url.as_ref().expect("redirect_to_url");
    assert_eq!(redirect.url.as_deref(), Some("https://pay.example/momo"));
    assert_eq!(
        serde_json::to_value(&intent).unwrap()["next_action"],
        value["next_action"]
    );

    value["next_action"] = json!({"ddc_redirect": {"url": "https://3ds.example/ddc", "return_url": "https://wooshpay.com"}});
    let intent: PaymentIntent = serde_json::from_value(value.clone()).expect("decodes");
    let Some(PaymentIntentNextAction::NextAction(action)) = &intent.next_action else {
        panic!("an object: {:?}", intent.next_action)
    };
    assert_eq!(
        action
            .ddc_redirect
            .as_ref()
            .and_then(|r| r.return_url.as_deref()),
        Some("https://wooshpay.com")
    );
    // The guide's form: the action as JSON text.
    value["next_action"] = json!("{\"ddc_redirect\":{\"return_url\":\"https://wooshpay.com\"}}");
    let intent: PaymentIntent = serde_json::from_value(value).expect("decodes");
    assert!(matches!(
        intent.next_action,
        Some(PaymentIntentNextAction::String(_))
    ));
}

/// Checkout create takes payment_intent_data, billing_address_collection and
/// shipping_address_collection (sent by integrations), and always sends success_url and
/// cancel_url, which the guide says a session needs.
#[tokio::test]
async fn checkout_create_sends_what_integrations_send() {
    let (client, mock) = mock_client(&session_json());
    let body = CreateSession {
        mode: Some(CheckoutSessionMode::Payment),
        payment_intent_data: Some(CreateSessionPaymentIntentData {
            billing_details: Some(wooshpay::BillingDetails {
                name: Some("Ada".into()),
                email: Some("ada@example.com".into()),
                ..Default::default()
            }),
            shipping: None,
            metadata: Some([("order".to_owned(), json!("6735"))].into_iter().collect()),
        }),
        billing_address_collection: Some("required".into()),
        shipping_address_collection: Some(wooshpay::PaymentLinkShippingAddressCollection {
            allowed_countries: Some(vec!["GB".into(), "DE".into()]),
        }),
        ..CreateSession::new("https://shop.example/cart", "https://shop.example/paid")
    };
    client
        .checkout_sessions()
        .create(&body)
        .await
        .expect("create");
    assert_eq!(
        sent_json(&mock),
        json!({
            "cancel_url": "https://shop.example/cart",
            "success_url": "https://shop.example/paid",
            "mode": "payment",
            "payment_intent_data": {"billing_details": {"email": "ada@example.com", "name": "Ada"}, "metadata": {"order": "6735"}},
            "billing_address_collection": "required",
            "shipping_address_collection": {"allowed_countries": ["GB", "DE"]}
        })
    );
    // Required: a session read without them is refused, naming the field.
    let error = serde_json::from_value::<CreateSession>(json!({"success_url": "https://x"}))
        .expect_err("cancel_url is required");
    assert!(error.to_string().contains("cancel_url"), "{error}");
}

/// The values the pages (and integrations) list are enums, open: an unknown value decodes and
/// goes back as it came.
#[test]
fn listed_values_are_open_enums() {
    let mut value = session_json();
    value["status"] = json!("complete");
    value["payment_status"] = json!("paid");
    value["mode"] = json!("setup");
    let session: CheckoutSession = serde_json::from_value(value.clone()).expect("decodes");
    assert_eq!(session.status, Some(CheckoutSessionStatus::Complete));
    assert_eq!(
        session.payment_status,
        Some(CheckoutSessionPaymentStatus::Paid)
    );
    assert_eq!(session.mode, Some(CheckoutSessionMode::Setup));
    value["status"] = json!("expired");
    value["payment_status"] = json!("no_payment_required");
    let session: CheckoutSession = serde_json::from_value(value).expect("decodes");
    assert_eq!(session.status, Some(CheckoutSessionStatus::Expired));
    assert_eq!(
        session.payment_status,
        Some(CheckoutSessionPaymentStatus::Unknown(
            "no_payment_required".into()
        ))
    );
    assert_eq!(
        serde_json::to_value(&session).unwrap()["payment_status"],
        "no_payment_required"
    );

    let refund: Refund = serde_json::from_value(json!({
        "id": "re_3KQu4U2eZvKYlo2C02Ndp8xy", "object": "refund", "amount": 100,
        "created": 1644328172, "currency": "usd", "status": "succeeded"
    }))
    .expect("decodes");
    assert_eq!(refund.status, Some(RefundStatus::Succeeded));
    assert_eq!(
        refund.amount,
        Some(100),
        "the response amount stays an integer"
    );
    let endpoint: WebhookEndpoint = serde_json::from_value(json!({
        "id": "we_1", "object": "webhook_endpoint", "created": 1668344601, "status": "disabled"
    }))
    .expect("decodes");
    assert_eq!(endpoint.status, Some(WebhookEndpointStatus::Disabled));
    let intent: PaymentIntent = serde_json::from_value(payment_intent_json()).expect("decodes");
    assert_eq!(intent.capture_method, Some(CaptureMethod::Automatic));
}

/// A refund's request amount is an `i64` sent as a string of digits, as the page types it.
#[tokio::test]
async fn a_refunds_amount_is_sent_as_text() {
    let refund = json!({"id": "re_1", "object": "refund", "created": 1, "amount": 500, "status": "succeeded"});
    let (client, mock) = mock_client(&refund);
    let body = CreateRefund {
        payment_intent: Some("pi_1787730829493927936".into()),
        amount: Some(500),
        ..Default::default()
    };
    let answer = client.refunds().create(&body).await.expect("create");
    assert_eq!(answer.amount, Some(500));
    let sent = sent_json(&mock);
    assert_eq!(sent["amount"], json!("500"), "{sent}");
    // Read back from either form.
    let read: CreateRefund = serde_json::from_value(json!({"amount": "250"})).expect("text");
    assert_eq!(read.amount, Some(250));
    let read: CreateRefund = serde_json::from_value(json!({"amount": 250})).expect("number");
    assert_eq!(read.amount, Some(250));
}

/// Time fields say their unit where the pages' examples make it clear: payment intents and
/// checkout sessions count milliseconds, disputes, refunds and webhook endpoints seconds.
#[test]
fn time_fields_say_their_unit() {
    let document: Value =
        serde_json::from_str(include_str!("../../generated-client/openapi.json")).expect("JSON");
    let description = |component: &str, field: &str| -> String {
        document["components"]["schemas"][component]["properties"][field]["description"]
            .as_str()
            .unwrap_or_else(|| panic!("{component}.{field} has a description"))
            .to_owned()
    };
    for (component, field, unit) in [
        ("Payment Intent", "created", "milliseconds"),
        ("Checkout Session", "created", "milliseconds"),
        ("Checkout Session", "expires_at", "milliseconds"),
        ("Checkout Customer Details", "created", "milliseconds"),
        ("Checkout Price", "created", "milliseconds"),
        ("Checkout Product", "created", "milliseconds"),
        ("Dispute", "created", "seconds"),
        ("Refund", "created", "seconds"),
        ("Webhook Endpoint", "created", "seconds"),
    ] {
        let text = description(component, field);
        assert!(text.contains(unit), "{component}.{field}: {text}");
    }
    let create = &document["paths"]["/v1/checkout/sessions"]["post"]["requestBody"]["content"]
        ["application/json"]["schema"];
    assert!(create["properties"]["expires_at"]["description"]
        .as_str()
        .unwrap()
        .contains("milliseconds"));
    assert_eq!(create["required"], json!(["success_url", "cancel_url"]));
    // The Rust docs carry them too.
    let types = include_str!("../../generated-client/src/types.rs");
    assert!(types.contains("Creation time, in milliseconds since the Unix epoch"));
}

/// Each spec file's header marks what is inferred and where it came from.
#[test]
fn spec_headers_mark_the_inferences() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("specs");
    let read = |file: &str| std::fs::read_to_string(root.join(file)).expect(file);
    let confirm = read("payment_intents/confirm_payment_intent.yaml");
    assert!(confirm.contains("# Inferred, and added by specs/overlays/confirm_payment_intent.yaml"));
    assert!(confirm.contains("page shows): return_url, payment_method and payment_method_options."));
    assert!(confirm.contains("error_on_requires_action: string on the confirm page"));
    let create = read("payment_intents/create_payment_intent.yaml");
    assert!(create.contains("the crate sends `off-session` on a create"));
    let session = read("checkout_sessions/create_session.yaml");
    assert!(session.contains(
        "Corrections that depart from the page live in specs/overlays/create_session.yaml"
    ));
    assert!(session.contains("success_url and cancel_url required"));
    for file in [
        "payment_intents/retrieve_payment_intent.yaml",
        "payment_intents/update_payment_intent.yaml",
    ] {
        assert!(
            read(file).contains(
                "next_action.redirect_to_url\n# (integration code reads next_action.redirect_to_url.url)"
            ),
            "{file}"
        );
    }
}

// ---- The generator behind them ----

const WIDGETS: &str = r##"openapi: 3.0.3
info: {title: Widgets, version: "1"}
servers: [{url: "https://widgets.test"}]
paths:
  /widget_records/{id}:
    get:
      tags: [Widget Records]
      summary: Retreive a widget
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Widget"}}}}
  /widget_records:
    post:
      tags: [Widget Records]
      summary: Create a widget
      requestBody:
        content: {application/json: {schema: {$ref: "#/components/schemas/Widget"}}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Widget"}}}}
components:
  schemas:
    Widget:
      type: object
      properties:
        3ds_status: {type: string}
        3d_secure: {type: boolean}
        1099_k: {type: string}
        kind: {type: string, enum: [9pay, plain]}
"##;

fn render(spec: &str, settings: &str) -> wooshpay_codegen::Result<wooshpay_codegen::Files> {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("spec.yaml"), spec).expect("write");
    let options = Options {
        settings: Some(Settings::parse(settings, "codegen.toml").expect("settings parse")),
        ..Default::default()
    };
    wooshpay_codegen::render(dir.path(), &options).map(|(files, _)| files)
}

/// `[renames.resources]` renames the accessor (and the handle, module and feature follow);
/// `[renames.fields]` renames a field in Rust and keeps its wire name; leading digits are
/// spelled out; the summary's "Retreive" is spelled right in the docs.
#[test]
fn resource_and_field_renames_and_the_naming_rules() {
    let files = render(
        WIDGETS,
        "[renames.resources]\nwidget_records = \"widgets\"\n[renames.fields]\n\"Widget.3ds_status\" = \"three_d_secure_status\"\n",
    )
    .expect("renders");
    let module = &files["src/resources/widgets.rs"];
    assert!(
        module.contains("pub fn widgets(&self) -> WidgetsResource<'_>"),
        "{module}"
    );
    assert!(module.contains("/// Retrieve a widget"), "{module}");
    assert!(!files.contains_key("src/resources/widget_records.rs"));
    let types = &files["src/types.rs"];
    for name in [
        "pub three_d_secure_status: Option<String>",
        "pub three_d_secure: Option<bool>",
        "pub _1099_k: Option<String>",
        "NinePay",
    ] {
        assert!(types.contains(name), "{name}: {types}");
    }
    assert!(types.contains("\"3ds_status\""), "the wire name stays");
    assert!(
        files["Cargo.toml"].contains("widgets = []"),
        "{}",
        files["Cargo.toml"]
    );
    // Without the settings: the handle rule and the spelled-out digit alone.
    let files = render(WIDGETS, "").expect("renders");
    assert!(files["src/resources/widget_records.rs"]
        .contains("pub fn widget_records(&self) -> WidgetRecordsResource<'_>"));
    assert!(files["src/types.rs"].contains("pub three_ds_status: Option<String>"));
}

/// Renames naming nothing are errors located in the settings file.
#[test]
fn renames_of_what_the_spec_lacks_are_located_errors() {
    for (settings, message) in [
        (
            "[renames.resources]\ngadgets = \"widgets\"\n",
            "no resource `gadgets` to rename",
        ),
        (
            "[renames.resources]\nwidget_records = \"raw\"\n",
            "is a method of the client",
        ),
        (
            "[renames.fields]\n\"Gadget.kind\" = \"sort\"\n",
            "no generated type `Gadget`",
        ),
        (
            "[renames.fields]\n\"Widget.colour\" = \"hue\"\n",
            "has no field `colour` on the wire",
        ),
        (
            "[renames.fields]\n\"Widget.kind\" = \"three_ds_status\"\n",
            "already has a field",
        ),
    ] {
        let error = render(WIDGETS, settings).expect_err(settings).to_string();
        assert!(error.contains(message), "{settings}: {error}");
        assert!(error.contains("codegen.toml:2:"), "{settings}: {error}");
    }
    for (settings, message) in [
        (
            "[renames.resources]\nwidget_records = \"Widgets\"\n",
            "not a snake_case",
        ),
        ("[renames.fields]\nkind = \"sort\"\n", "`Type.wire_name`"),
    ] {
        let error = Settings::parse(settings, "codegen.toml")
            .expect_err(settings)
            .to_string();
        assert!(error.contains(message), "{settings}: {error}");
    }
}

/// The change report calls a moved resource, a renamed field (same wire name) and a renamed
/// variant renames, breaking, instead of removals and additions.
#[test]
fn the_change_report_names_renames() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = dir.path().join("spec.yaml");
    let out = dir.path().join("crate");
    std::fs::write(&spec, WIDGETS).expect("write");
    let plain = Options {
        settings: Some(Settings::parse("", "codegen.toml").unwrap()),
        ..Default::default()
    };
    wooshpay_codegen::generate(&spec, &out, &plain).expect("first run");
    let renamed = Options {
        settings: Some(
            Settings::parse(
                "[renames.resources]\nwidget_records = \"widgets\"\n[renames.fields]\n\"Widget.3ds_status\" = \"three_d_secure_status\"\n",
                "codegen.toml",
            )
            .unwrap(),
        ),
        ..Default::default()
    };
    let report = wooshpay_codegen::generate(&spec, &out, &renamed).expect("second run");
    let text = report.changes.expect("compared").markdown();
    assert!(text.contains("breaking"), "{text}");
    assert!(
        text.contains("resource `client.widget_records()` renamed to `client.widgets()` (the same operations, its handle type `WidgetRecordsResource` is now `WidgetsResource`)"),
        "{text}"
    );
    assert!(
        text.contains("field `Widget.three_ds_status` renamed to `Widget.three_d_secure_status` (`3ds_status` on the wire)"),
        "{text}"
    );
    assert!(!text.contains("removed"), "{text}");
    assert!(!text.contains("added"), "{text}");

    // A variant renamed in Rust, its value unchanged, is named as such.
    let old: wooshpay_codegen::changes::ApiSummary =
        serde_json::from_str(&std::fs::read_to_string(out.join("api.json")).unwrap()).unwrap();
    let mut new = old.clone();
    let kind = new.types.get_mut("WidgetKind").expect("WidgetKind");
    kind.variant_names
        .insert("9pay".into(), "NinePayWallet".into());
    let mut handles = new.clone();
    handles.resources.insert("widgets".into(), "Widgets".into());
    let changes = wooshpay_codegen::changes::compare(&old, &new);
    assert!(
        changes.iter().any(|c| c.text
            == "`WidgetKind` value `9pay` renamed in Rust: `WidgetKind::NinePay` is now `WidgetKind::NinePayWallet`"),
        "{changes:?}"
    );
    let changes = wooshpay_codegen::changes::compare(&old, &handles);
    assert!(
        changes.iter().any(|c| c.text
            == "handle type `WidgetsResource` of `client.widgets()` renamed to `Widgets`"),
        "{changes:?}"
    );
}

/// README.md's first example ("Using the generated client"), compiled: the required
/// success_url and cancel_url through `CreateSession::new`, the refund amount as an `i64`.
#[allow(dead_code, unused_variables)]
async fn readme_example() -> Result<(), wooshpay::Error> {
    use wooshpay::{
        CreateSessionLineItemsItem, CreateSessionLineItemsItemPriceData,
        CreateSessionLineItemsItemPriceDataProductData, ListCheckoutSessions, PaymentIntentStatus,
    };
    let client = Client::new("sk_test_...");
    let session = client
        .checkout_sessions()
        .create(&CreateSession {
            mode: Some("payment".into()),
            client_reference_id: Some("order-6735".into()),
            line_items: Some(vec![CreateSessionLineItemsItem {
                quantity: Some(1),
                price_data: Some(CreateSessionLineItemsItemPriceData {
                    currency: Some("CNY".into()),
                    unit_amount: Some(1999),
                    product_data: Some(CreateSessionLineItemsItemPriceDataProductData::new(
                        "Top-up",
                    )),
                    ..Default::default()
                }),
            }]),
            ..CreateSession::new("https://shop.example/cart", "https://shop.example/paid")
        })
        .idempotency_key("checkout-order-6735")
        .await?;
    let session = client.checkout_sessions().retrieve(&session.id).await?;
    let intent_id = session.payment_intent.unwrap_or_default();
    let payment = client.payment_intents().retrieve(&intent_id).await?;
    if payment.status == Some(PaymentIntentStatus::Succeeded) {
        let refund = client
            .refunds()
            .create(&CreateRefund {
                payment_intent: Some(intent_id.clone()),
                amount: Some(500),
                ..Default::default()
            })
            .await?;
    }
    let filters = ListCheckoutSessions {
        customer: Some("cus_123".into()),
        ..Default::default()
    };
    let sessions: Vec<_> = client
        .checkout_sessions()
        .list_all(&filters)
        .try_collect()
        .await?;
    Ok(())
}
