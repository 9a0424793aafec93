//! Every example in the specs (request bodies and responses, the seeds' included) decodes into
//! the generated types and encodes back to the same JSON; hostile-but-valid server data too.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use wooshpay::{Dispute, DisputeStatus, ListDisputes, ListDisputesResponse, UpdateDispute};
use wooshpay_codegen::{load, Limits};

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

fn round_trip<T: DeserializeOwned + Serialize>(example: &Value, what: &str) {
    let typed: T = serde_json::from_value(example.clone())
        .unwrap_or_else(|e| panic!("{what}: does not decode: {e}"));
    let back = serde_json::to_value(&typed).unwrap();
    assert_eq!(
        back,
        without_nulls(example),
        "{what}: does not encode back to the same JSON"
    );
}

/// A round trip through the type `T`, as a function pointer for the tables below.
type Check = fn(&Value, &str);

/// The request body type of each operation with a JSON body, by method and path.
fn request_type(method: &str, path: &str) -> Option<Check> {
    Some(match (method, path) {
        ("post", "/v1/disputes/{id}") => round_trip::<UpdateDispute>,
        ("get", "/v1/disputes/list") => round_trip::<ListDisputes>,
        ("post", "/v1/payment_intents") => round_trip::<wooshpay::CreatePaymentIntent>,
        ("post", "/v1/payment_intents/{id}") => round_trip::<wooshpay::UpdatePaymentIntent>,
        ("post", "/v1/payment_intents/{id}/confirm") => {
            round_trip::<wooshpay::ConfirmPaymentIntent>
        }
        ("post", "/v1/payment_intents/{id}/capture") => {
            round_trip::<wooshpay::CapturePaymentIntent>
        }
        ("post", "/v1/payment_intents/{id}/cancel") => round_trip::<wooshpay::CancelPaymentIntent>,
        ("get", "/v1/payment_intents") => round_trip::<wooshpay::ListRequest>,
        ("post", "/v1/refunds") => round_trip::<wooshpay::CreateRefund>,
        ("post", "/v1/checkout/sessions") => round_trip::<wooshpay::CreateSession>,
        ("get", "/v1/checkout/sessions/list") => round_trip::<wooshpay::ListCheckoutSessions>,
        ("post", "/v1/webhook_endpoints") => round_trip::<wooshpay::CreateWebhook>,
        _ => return None,
    })
}

/// The 200 response type of each operation, by method and path.
fn response_type(method: &str, path: &str) -> Option<Check> {
    Some(match (method, path) {
        ("get", "/v1/disputes/list") => round_trip::<ListDisputesResponse>,
        (_, p) if p.starts_with("/v1/disputes/{id}") => round_trip::<Dispute>,
        ("get", "/v1/payment_intents") => round_trip::<wooshpay::PaymentIntentsResponse>,
        ("get", "/v1/payment_intents/search") => round_trip::<wooshpay::PaymentIntentsResponse>,
        (_, p) if p.starts_with("/v1/payment_intents") => round_trip::<wooshpay::PaymentIntent>,
        (_, p) if p.starts_with("/v1/refunds") => round_trip::<wooshpay::Refund>,
        ("get", "/v1/balance") => round_trip::<wooshpay::Balance>,
        ("get", "/v1/checkout/sessions/list") => {
            round_trip::<wooshpay::ListCheckoutSessionsResponse>
        }
        (_, p) if p.starts_with("/v1/checkout/sessions") => round_trip::<wooshpay::CheckoutSession>,
        ("get", "/v1/webhook_endpoints") => round_trip::<wooshpay::ListWebhooksResponse>,
        (_, p) if p.starts_with("/v1/webhook_endpoints") => round_trip::<wooshpay::WebhookEndpoint>,
        _ => return None,
    })
}

/// Path prefixes of operations whose examples another file round-trips, by that file:
/// `examples_payouts.rs` (beneficiaries, payouts, charges, files, issuing authorizations, events),
/// `examples_cards.rs` (payment methods, customers, setup intents), `examples_catalogue.rs`
/// (products, prices, coupons, promotion codes, payment links, invoices, subscriptions,
/// subscription items).
const CHECKED_ELSEWHERE: &[&str] = &[
    "/v1/beneficiaries",
    "/v1/payouts",
    "/v1/charges",
    "/v1/files",
    "/v1/issuing/authorizations",
    "/v1/events",
    "/v1/payment_methods",
    "/v1/customers",
    "/v1/setup_intents",
    "/v1/products",
    "/v1/prices",
    "/v1/coupons",
    "/v1/promotion_code",
    "/v1/payment_links",
    "/v1/invoices",
    "/v1/subscriptions",
    "/v1/subscription_items",
];

/// Checks the request and response examples of one operation; returns how many there were.
fn check_operation(method: &str, path: &str, operation: &Value) -> usize {
    let mut checked = 0;
    let body_example = &operation["requestBody"]["content"]["application/json"]["example"];
    if !body_example.is_null() {
        let check = request_type(method, path)
            .unwrap_or_else(|| panic!("no request type known for {method} {path}: add it here"));
        check(body_example, &format!("{method} {path} request"));
        checked += 1;
    }
    let response_example = &operation["responses"]["200"]["content"]["application/json"]["example"];
    if !response_example.is_null() {
        let check = response_type(method, path)
            .unwrap_or_else(|| panic!("no response type known for {method} {path}: add it here"));
        check(response_example, &format!("{method} {path} response"));
        checked += 1;
    }
    checked
}

#[test]
fn every_example_in_the_specs_round_trips() {
    let specs = wooshpay_tests::workspace_root().join("specs");
    let loaded = load::load(&specs, &Limits::default()).expect("specs load");
    let mut checked = 0;
    for (path, item) in loaded.document["paths"].as_object().unwrap() {
        if CHECKED_ELSEWHERE
            .iter()
            .any(|prefix| path.starts_with(prefix))
        {
            continue;
        }
        for (method, operation) in item.as_object().unwrap() {
            checked += check_operation(method, path, operation);
        }
    }
    // Disputes: update (request + response), list (request + response), retrieve, close.
    // Payment intents: create, update, confirm, capture (request + response each), cancel
    // (request), list (request + response), search and retrieve (response).
    // Refunds: create (request), retrieve (response). Balance (response). Checkout Sessions:
    // create and list (request + response), retrieve (response). Webhook endpoints: create
    // (request + response), list and retrieve (response).
    assert_eq!(checked, 6 + 13 + 2 + 1 + 5 + 4, "examples checked");
}

#[test]
fn seed_examples_round_trip() {
    // Seed 003 (close) and seed 000 (update) response examples, verbatim from the pages.
    let close: Value = serde_json::json!({
        "id": "dp_xxxxxxxxxxxxxxxxxx", "object": "dispute", "amount": 1000, "balance_transactions": [],
        "created": 1669643926, "currency": "eur",
        "evidence": {"access_activity_log": null, "billing_address": null, "customer_name": null, "uncategorized_text": null},
        "evidence_details": {"due_by": 1671321599, "has_evidence": false, "past_due": false, "submission_count": 0},
        "livemode": false, "metadata": {}, "status": "lost"
    });
    round_trip::<Dispute>(&close, "seed 003 close response");
    let update_request: Value = serde_json::json!({
        "evidence": {"access_activity_log": "string", "billing_address": "string", "uncategorized_text": "string"},
        "metadata": {}, "submit": true
    });
    round_trip::<UpdateDispute>(&update_request, "seed 000 update request");
}

#[test]
fn unknown_status_extra_fields_and_large_amounts_decode() {
    let json = serde_json::json!({
        "id": "dp_1", "object": "dispute", "created": 1671261323, "amount": 5_000_000_000i64, "status": "brand_new_status",
        "a_field_from_the_future": {"nested": [1, 2, 3]}, "metadata": {"order_id": "42", "n": 7}
    });
    let d: Dispute = serde_json::from_value(json).unwrap();
    assert_eq!(d.amount, Some(5_000_000_000));
    assert_eq!(
        d.status,
        Some(DisputeStatus::Unknown("brand_new_status".into()))
    );
    assert_eq!(d.metadata.as_ref().unwrap()["order_id"], "42");
    let back = serde_json::to_value(&d).unwrap();
    assert_eq!(
        back["status"], "brand_new_status",
        "unknown values round-trip"
    );
    assert!(back.get("a_field_from_the_future").is_none());
    assert_eq!("won".parse::<DisputeStatus>().unwrap(), DisputeStatus::Won);
    assert_eq!(
        DisputeStatus::EarlyDisputeWarning.to_string(),
        "early_dispute_warning"
    );
}
