//! The examples of payment methods, customers and setup intents round-trip through the
//! generated types: every example in their specs (`specs/payment_methods/`, `specs/customers/`,
//! `specs/setup_intents/`; `examples_roundtrip.rs` leaves these paths to this file), and the
//! examples WooshPay's pages and guides show, decoded as the pages give them.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};
use wooshpay::{
    AttachPaymentMethod, ConfirmSetupIntent, CreateCustomer, CreatePaymentMethod,
    CreateSetupIntent, Customer, PaymentMethod, PaymentMethodCardFunding, PaymentMethodDataType,
    PaymentMethodsResponse, SetupIntent, SetupIntentUsage, UpdatePaymentMethod, UpdateSetupIntent,
};
use wooshpay_codegen::{load, Limits};

/// The path prefixes this file covers.
const PATHS: &[&str] = &["/v1/payment_methods", "/v1/customers", "/v1/setup_intents"];

/// Removes `null` members: optional fields are skipped when `None` on output.
fn without_nulls(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), without_nulls(v)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(without_nulls).collect()),
        other => other.clone(),
    }
}

/// Decodes `example` as a `T` and checks it encodes back to the same JSON (nulls left out).
fn round_trip<T: DeserializeOwned + Serialize>(example: &Value, what: &str) -> T {
    let typed: T = serde_json::from_value(example.clone())
        .unwrap_or_else(|e| panic!("{what}: does not decode: {e}"));
    let back = serde_json::to_value(&typed).unwrap();
    assert_eq!(
        back,
        without_nulls(example),
        "{what}: does not encode back to the same JSON"
    );
    typed
}

type Check = fn(&Value, &str);

fn check<T: DeserializeOwned + Serialize>(example: &Value, what: &str) {
    round_trip::<T>(example, what);
}

/// The request body type of each operation with a JSON body, by method and path.
fn request_type(method: &str, path: &str) -> Option<Check> {
    Some(match (method, path) {
        ("post", "/v1/payment_methods") => check::<CreatePaymentMethod>,
        ("post", "/v1/payment_methods/{id}") => check::<UpdatePaymentMethod>,
        ("post", "/v1/payment_methods/{paymentmethod_id}/attach") => check::<AttachPaymentMethod>,
        ("post", "/v1/customers") => check::<CreateCustomer>,
        ("post", "/v1/setup_intents") => check::<CreateSetupIntent>,
        ("post", "/v1/setup_intents/{id}") => check::<UpdateSetupIntent>,
        ("post", "/v1/setup_intents/{id}/confirm") => check::<ConfirmSetupIntent>,
        _ => return None,
    })
}

/// The 200 response type of each operation, by method and path.
fn response_type(method: &str, path: &str) -> Option<Check> {
    Some(match (method, path) {
        ("get", "/v1/payment_methods") => check::<PaymentMethodsResponse>,
        ("get", "/v1/customers/{customer_id}/payment_methods") => check::<PaymentMethodsResponse>,
        (_, p) if p.starts_with("/v1/payment_methods") => check::<PaymentMethod>,
        (_, p) if p.starts_with("/v1/customers") => check::<Customer>,
        (_, p) if p.starts_with("/v1/setup_intents") => check::<SetupIntent>,
        _ => return None,
    })
}

#[test]
fn every_example_in_the_card_specs_round_trips() {
    let specs = wooshpay_tests::workspace_root().join("specs");
    let loaded = load::load(&specs, &Limits::default()).expect("specs load");
    let mut requests = 0;
    let mut responses = 0;
    let mut operations = 0;
    for (path, item) in loaded.document["paths"].as_object().unwrap() {
        if !PATHS.iter().any(|p| path.starts_with(p)) {
            continue;
        }
        for (method, operation) in item.as_object().unwrap() {
            operations += 1;
            let body = &operation["requestBody"]["content"]["application/json"]["example"];
            if !body.is_null() {
                let check = request_type(method, path)
                    .unwrap_or_else(|| panic!("no request type for {method} {path}: add it"));
                check(body, &format!("{method} {path} request"));
                requests += 1;
            }
            let response = &operation["responses"]["200"]["content"]["application/json"]["example"];
            if !response.is_null() {
                let check = response_type(method, path)
                    .unwrap_or_else(|| panic!("no response type for {method} {path}: add it"));
                check(response, &format!("{method} {path} response"));
                responses += 1;
            }
        }
    }
    // Payment methods: 7 operations, 3 bodies (create, update, attach), 7 responses.
    // Customers: 2 operations, 1 body (create), 2 responses. Setup intents: 3 of each.
    assert_eq!(operations, 7 + 2 + 3, "operations found");
    assert_eq!(requests, 3 + 1 + 3, "request examples checked");
    assert_eq!(responses, 7 + 2 + 3, "response examples checked");
}

/// "Create a PaymentMethod" (api-112149659): the page's example, Apifox's placeholder, as far
/// as the excerpt shows it (it is cut off in the card's fingerprint, here closed as "string").
/// Its card lists the stored card's fields, which the request type keeps.
#[test]
fn the_create_payment_method_page_example_round_trips() {
    let page = json!({
        "metadata": {},
        "billing_details": {
            "address": {
                "city": "string", "country": "string", "line1": "string", "line2": "string",
                "postal_code": "string", "state": "string"
            },
            "email": "string", "name": "string", "phone": "string"
        },
        "type": "card",
        "card": {
            "brand": "string",
            "checks": {
                "address_line1_check": "string", "address_zip_check": "string", "cvc_check": "string"
            },
            "country": "string", "exp_month": 0, "exp_year": 0, "fingerprint": "string"
        }
    });
    let body: CreatePaymentMethod = round_trip(&page, "create page example");
    assert_eq!(body.r#type, PaymentMethodDataType::Card);
    assert_eq!(body.card.and_then(|c| c.exp_month), Some(0));

    // The body integration code sends (unknown_repo__nestjs_wooshpay.service.ts).
    let integration = json!({
        "type": "card",
        "card": {"number": "4111111111111111", "exp_month": 12, "exp_year": 2030, "cvc": "123", "name": "Jane Doe"},
        "billing_details": {"name": "Jane Doe", "email": "jane@example.com", "phone": "+33123456789"}
    });
    round_trip::<CreatePaymentMethod>(&integration, "integration's create body");

    // `type` is required, and a type the pages do not list is kept as it came.
    let error = serde_json::from_value::<CreatePaymentMethod>(json!({"card": {}})).unwrap_err();
    assert!(error.to_string().contains("type"), "{error}");
    let newer: CreatePaymentMethod = round_trip(&json!({"type": "paypay"}), "unknown type");
    assert_eq!(
        newer.r#type,
        PaymentMethodDataType::Unknown("paypay".into())
    );
}

/// "Attach a PaymentMethod to a Customer" (api-112153748): the page's example.
#[test]
fn the_attach_page_example_round_trips() {
    let body: AttachPaymentMethod =
        round_trip(&json!({"customer": "string"}), "attach page example");
    assert_eq!(body.customer, "string");
    assert!(serde_json::from_value::<AttachPaymentMethod>(json!({})).is_err());
}

/// A Payment Method as the List a Customer's PaymentMethods page describes it, with each
/// documented funding value, a card without checks, and fields the pages do not list.
#[test]
fn payment_methods_decode_with_every_documented_value() {
    for funding in ["credit", "debit", "prepaid", "unknown"] {
        let pm = json!({
            "id": "pm_1", "object": "payment_method", "created": 1671261322, "customer": "cus_1",
            "metadata": {}, "livemode": false, "type": "card",
            "billing_details": {"email": "a@b.c", "name": "A", "phone": "1"},
            "card": {"brand": "visa", "country": "US", "exp_month": 3, "exp_year": 2027,
                     "fingerprint": "f", "funding": funding, "last4": "4242"}
        });
        let pm: PaymentMethod = round_trip(&pm, funding);
        assert_eq!(
            pm.card.and_then(|c| c.funding).map(|f| f.to_string()),
            Some(funding.to_owned())
        );
    }
    // The page's description writes the object as `payment method`; either decodes, and so
    // does a creation time in milliseconds (WooshPay's other objects) or in seconds (the page).
    for (object, created) in [
        ("payment method", 1671261322i64),
        ("payment_method", 1671261322000),
    ] {
        let pm: PaymentMethod = serde_json::from_value(json!({
            "id": "pm_1", "object": object, "created": created, "type": "wechat_pay",
            "wechat_pay": {}, "a_field_from_the_future": [1]
        }))
        .unwrap();
        assert_eq!(pm.object, object);
        assert_eq!(pm.created, created);
        assert_eq!(pm.r#type, PaymentMethodDataType::WechatPay);
    }
    // `unknown` is a documented funding value; a value the pages do not list is kept apart.
    let documented: PaymentMethod =
        serde_json::from_value(json!({"id": "pm_1", "object": "payment_method", "created": 1, "type": "card", "card": {"funding": "unknown"}})).unwrap();
    assert_eq!(
        documented.card.and_then(|c| c.funding),
        Some(PaymentMethodCardFunding::Unknown)
    );
    let odd: PaymentMethod = serde_json::from_value(json!({
        "id": "pm_1", "object": "payment_method", "created": 1, "type": "card",
        "card": {"funding": "charge"}
    }))
    .unwrap();
    assert_eq!(
        odd.card.and_then(|c| c.funding),
        Some(PaymentMethodCardFunding::UnknownValue("charge".into()))
    );
}

/// "Retrieve a customer" (api-55532389) shows the create fields as a body; they decode as the
/// create body, and (without payment_method, an input) as a Customer.
#[test]
fn the_customer_page_and_guide_examples_round_trip() {
    let address = json!({
        "city": "string", "country": "string", "line1": "string", "line2": "string",
        "postal_code": "string", "state": "string"
    });
    let page = json!({
        "address": address,
        "description": "string",
        "email": "string",
        "metadata": {},
        "name": "string",
        "phone": "string",
        "shipping": {"address": address, "name": "string", "phone": "string"},
        "payment_method": "string"
    });
    let body: CreateCustomer = round_trip(&page, "retrieve page body as a create body");
    assert_eq!(body.payment_method.as_deref(), Some("string"));
    // As a Customer, with the identity every response object carries (`[conventions]`).
    let mut fields = page.clone();
    let object = fields.as_object_mut().unwrap();
    object.remove("payment_method");
    object.insert("id".into(), json!("cus_1"));
    object.insert("object".into(), json!("customer"));
    object.insert("created".into(), json!(1754650097000i64));
    round_trip::<Customer>(&fields, "retrieve page fields as a Customer");
    let error = serde_json::from_value::<Customer>(json!({"object": "customer", "created": 1}))
        .unwrap_err();
    assert!(error.to_string().contains("id"), "{error}");

    // The customer the Checkout setup-mode guide (7197331m0) shows in `customer_details`.
    let guide = json!({
        "id": "cus_1953770230215868416",
        "object": "customer",
        "created": 1754650097000i64,
        "livemode": true,
        "address": {"country": "CN"},
        "email": "test_prod@gmail.com",
        "name": "test_prod"
    });
    let customer: Customer = round_trip(&guide, "setup-mode guide customer");
    assert_eq!(customer.created, 1754650097000);

    // The body integration code sends (createCustomer).
    let integration = json!({
        "email": "jane@example.com", "name": "Jane Doe", "phone": "+33123456789",
        "description": "VIP", "metadata": {"user_id": 42},
        "address": {"city": "Lyon", "country": "FR"},
        "shipping": {"name": "Jane Doe", "address": {"line1": "1 rue de la Paix"}}
    });
    round_trip::<CreateCustomer>(&integration, "integration's create body");
}

/// The Setup Intent pages' examples (Apifox's placeholders). The create and update pages send
/// `payment_method_data: {}`; typed as the Confirm page shows it, a payment method needs its
/// `type`, so `{}` is refused (the test says so) and the rest of the example round-trips.
#[test]
fn the_setup_intent_page_examples_round_trip() {
    let create = json!({
        "confirm": true,
        "customer": "string",
        "description": "string",
        "metadata": {},
        "payment_method": "string",
        "payment_method_types": ["string"],
        "payment_method_options": {"card": {"request_three_d_secure": "string"}},
        "payment_method_data": {},
        "usage": "on_session",
        "return_url": "string"
    });
    let error = serde_json::from_value::<CreateSetupIntent>(create.clone()).unwrap_err();
    assert!(error.to_string().contains("type"), "{error}");
    let mut without = create.clone();
    without
        .as_object_mut()
        .unwrap()
        .remove("payment_method_data");
    let body: CreateSetupIntent = round_trip(&without, "create page example");
    assert_eq!(body.usage, Some(SetupIntentUsage::OnSession));
    let mut with_card = without.clone();
    with_card["payment_method_data"] = json!({"type": "card", "card": {"number": "4111111111111111", "exp_month": "03", "exp_year": "2027", "cvc": "123"}});
    round_trip::<CreateSetupIntent>(&with_card, "create with a card");

    let update = json!({
        "customer": "string",
        "description": "string",
        "metadata": {},
        "payment_method": "string",
        "payment_method_types": ["string"],
        "payment_method_options": {"card": {"request_three_d_secure": "string"}},
        "payment_method_data": {}
    });
    assert!(serde_json::from_value::<UpdateSetupIntent>(update.clone()).is_err());
    let mut without = update.clone();
    without
        .as_object_mut()
        .unwrap()
        .remove("payment_method_data");
    round_trip::<UpdateSetupIntent>(&without, "update page example");

    // The Confirm page's example, cut off in billing_details' phone: closed there, and the
    // required return_url (listed after the cut) added.
    let confirm = json!({
        "customer": "string",
        "description": "string",
        "metadata": {},
        "payment_method": "string",
        "payment_method_options": {"card": {"request_three_d_secure": "string"}},
        "payment_method_data": {
            "type": "card",
            "billing_details": {
                "address": {
                    "city": "string", "country": "string", "line1": "string", "line2": "string",
                    "postal_code": "string", "state": "string"
                },
                "email": "string", "name": "string", "phone": "string"
            }
        },
        "return_url": "string"
    });
    let body: ConfirmSetupIntent = round_trip(&confirm, "confirm page example");
    assert_eq!(body.return_url, "string");
    let mut no_return = confirm.clone();
    no_return.as_object_mut().unwrap().remove("return_url");
    assert!(
        serde_json::from_value::<ConfirmSetupIntent>(no_return).is_err(),
        "return_url is required on the Confirm page"
    );
    for usage in ["on_session", "off_session"] {
        let mut with_usage = confirm.clone();
        with_usage["usage"] = json!(usage);
        round_trip::<ConfirmSetupIntent>(&with_usage, usage);
    }
}

/// No page shows a SetupIntent: its `id` (a Checkout Session's `setup_intent` shows one) is
/// always there, while `object` and `created`, assumed, are left optional
/// (`always_present_exceptions` in specs/codegen.toml).
#[test]
fn a_setup_intent_needs_only_its_id() {
    let bare: SetupIntent = round_trip(
        &json!({"id": "seti_1953770262453288960"}),
        "a SetupIntent with only its id",
    );
    assert_eq!(bare.object, None);
    assert_eq!(bare.created, None);
    let full: SetupIntent = round_trip(
        &json!({
            "id": "seti_1", "object": "setup_intent", "created": 1754650104000i64,
            "status": "requires_action", "usage": "off_session",
            "next_action": {"type": "challenge_redirect", "challenge_redirect": {"url": "https://example.com/3ds", "return_url": "https://shop.example"}}
        }),
        "a SetupIntent waiting for 3D Secure",
    );
    assert_eq!(
        full.next_action
            .and_then(|a| a.challenge_redirect)
            .and_then(|r| r.url)
            .as_deref(),
        Some("https://example.com/3ds")
    );
    assert!(serde_json::from_value::<SetupIntent>(json!({"object": "setup_intent"})).is_err());
}
