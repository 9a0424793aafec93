//! Every example in the beneficiary, payout, charge, file, issuing-authorization and event specs
//! (request bodies and responses) decodes into the generated types and encodes back to the same
//! JSON; so do the other forms of these objects that WooshPay's pages, guides and integrations
//! show (other payout bodies, the guides' event deliveries, the retrieve page's placeholder).
//! `examples_roundtrip.rs` leaves these paths to this file.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};
use wooshpay::{
    Beneficiary, BeneficiaryData, BeneficiaryDestinationDestinationType, BeneficiaryEntityType,
    Charge, CreatePayout, Event, File, IssuingAuthorization, IssuingAuthorizationCardStatus,
    ListCharges, ListChargesResponse, ListIssuingAuthorizationsResponse, Payout, PayoutType,
    UpdatePayout,
};
use wooshpay_codegen::{load, Limits};

/// The path prefixes of the operations these specs add (as in `examples_roundtrip.rs`).
const OWNED: &[&str] = &[
    "/v1/beneficiaries",
    "/v1/payouts",
    "/v1/charges",
    "/v1/files",
    "/v1/issuing/authorizations",
    "/v1/events",
];

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

fn decode<T: DeserializeOwned>(example: &Value, what: &str) -> T {
    serde_json::from_value(example.clone())
        .unwrap_or_else(|e| panic!("{what}: does not decode: {e}"))
}

fn round_trip<T: DeserializeOwned + Serialize>(example: &Value, what: &str) {
    let typed: T = decode(example, what);
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
        ("post", "/v1/beneficiaries") => round_trip::<BeneficiaryData>,
        ("post", "/v1/payouts") => round_trip::<CreatePayout>,
        ("post", "/v1/payouts/{id}") => round_trip::<UpdatePayout>,
        ("get", "/v1/charges/list") => round_trip::<ListCharges>,
        _ => return None,
    })
}

/// The 200 response type of each operation, by method and path.
fn response_type(method: &str, path: &str) -> Option<Check> {
    Some(match (method, path) {
        (_, p) if p.starts_with("/v1/beneficiaries") => round_trip::<Beneficiary>,
        (_, p) if p.starts_with("/v1/payouts") => round_trip::<Payout>,
        ("get", "/v1/charges/list") => round_trip::<ListChargesResponse>,
        ("get", "/v1/charges/{id}") => round_trip::<Charge>,
        ("get", "/v1/files/{id}") => round_trip::<File>,
        ("get", "/v1/issuing/authorizations") => round_trip::<ListIssuingAuthorizationsResponse>,
        ("get", "/v1/issuing/authorizations/{id}") => round_trip::<IssuingAuthorization>,
        ("get", "/v1/events/{id}") => round_trip::<Event>,
        _ => return None,
    })
}

/// The operations of these specs in the merged document, as (method, path, operation).
fn owned_operations() -> Vec<(String, String, Value)> {
    let specs = wooshpay_tests::workspace_root().join("specs");
    let loaded = load::load(&specs, &Limits::default()).expect("specs load");
    let mut out = Vec::new();
    for (path, item) in loaded.document["paths"].as_object().unwrap() {
        if !OWNED.iter().any(|prefix| path.starts_with(prefix)) {
            continue;
        }
        for (method, operation) in item.as_object().unwrap() {
            out.push((method.clone(), path.clone(), operation.clone()));
        }
    }
    out
}

#[test]
fn every_example_in_these_specs_round_trips() {
    let mut checked = 0;
    for (method, path, operation) in owned_operations() {
        let body = &operation["requestBody"]["content"]["application/json"];
        if !body["example"].is_null() {
            let check = request_type(&method, &path).unwrap_or_else(|| {
                panic!("no request type known for {method} {path}: add it here")
            });
            check(&body["example"], &format!("{method} {path} request"));
            checked += 1;
        }
        let response = &operation["responses"]["200"]["content"]["application/json"]["example"];
        if !response.is_null() {
            let check = response_type(&method, &path).unwrap_or_else(|| {
                panic!("no response type known for {method} {path}: add it here")
            });
            check(response, &format!("{method} {path} response"));
            checked += 1;
        }
    }
    // Beneficiaries: create (request + response), retrieve (response). Payouts: create and
    // update (request + response each), retrieve (response). Files and events: retrieve
    // (response). No page shows a charge or an issuing authorization.
    assert_eq!(checked, 3 + 5 + 2, "examples checked");
}

/// Every operation here has its types in the tables, so an example added later is checked.
#[test]
fn every_operation_in_these_specs_has_its_types_here() {
    let operations = owned_operations();
    assert_eq!(operations.len(), 11, "operations of these specs");
    for (method, path, operation) in operations {
        if operation["requestBody"]["content"]["application/json"].is_object() {
            assert!(
                request_type(&method, &path).is_some(),
                "{method} {path}: no request type"
            );
        }
        assert!(
            response_type(&method, &path).is_some(),
            "{method} {path}: no response type"
        );
    }
}

/// Other payout bodies the pages and an integration show: the Payouts guide's bank account
/// (metadata naming a file), the create page's business beneficiary (cut off after the bank's
/// routing number where the excerpt ends), the guide's Alipay one (cut off after `user_id`; its
/// JSON lacks a comma after `source_amount`, restored here) and an integration's mobile money.
#[test]
fn other_documented_payout_bodies_round_trip() {
    let guide_bank_account = json!({
        "payment_amount": 1000, "payment_currency": "CNY", "source_currency": "USD",
        "description": "description something",
        "metadata": {"document_1": "file_1673896475416854528"},
        "beneficiary_data": {"nickname": "test1", "destination_data": {
            "destination_type": "bank_account",
            "bank_account": {
                "country": "CN", "currency": "CNY", "swift": "ABOCCNBJ070",
                "account_holder_name": "Wang Ming", "account_holder_type": "individual",
                "routing_number": "888888888888", "account_number": "123412341234",
                "bank_name": "Bank of China"
            }
        }}
    });
    round_trip::<CreatePayout>(&guide_bank_account, "Payouts guide, bank account");

    let page_business = json!({
        "payment_amount": 1000, "payment_currency": "GBP", "source_currency": "USD",
        "type": "global",
        "beneficiary_data": {
            "entity": {
                "type": "business", "company_registered_name": "Wooshpay",
                "business": {
                    "address": {"city": "seattle", "country": "US", "line1": "422 Ave",
                                "state": "Washington", "postal_code": "98109"},
                    "additional_info": {
                        "business_area": "", "business_phone_number": "12093321241",
                        "business_registration_number": "WF123123131",
                        "legal_rep_first_name": "John", "legal_rep_last_name": "Wick",
                        "legal_rep_id_type": "social_security",
                        "legal_rep_id_number": "WA112312313411",
                        "legal_rep_email": "woosh@gmail.com", "legal_rep_phone": "202312314"
                    }
                }
            },
            "nickname": "test1",
            "destination_data": {"destination_type": "bank_account", "bank_account": {
                "country": "US", "currency": "USD", "swift": "ABOCUSSE080",
                "account_holder_name": "Bill Han", "account_holder_type": "individual",
                "routing_number": "1051000017"
            }}
        }
    });
    round_trip::<CreatePayout>(&page_business, "create page, business beneficiary");
    let typed: CreatePayout = decode(&page_business, "business");
    assert_eq!(typed.r#type, Some(PayoutType::Global));
    let entity = typed.beneficiary_data.and_then(|b| b.entity).unwrap();
    assert_eq!(entity.r#type, BeneficiaryEntityType::Business);

    let guide_alipay = json!({
        "payment_currency": "CNY", "source_currency": "USD", "source_amount": 1000,
        "description": "description something",
        "beneficiary_data": {"nickname": "test1", "destination_data": {
            "destination_type": "alipay", "alipay": {"user_id": "+86123456789"}
        }}
    });
    round_trip::<CreatePayout>(&guide_alipay, "Payouts guide, Alipay");

    // integrations/unknown_repo__zana_nestjs_wooshpay.service.ts
    let integration_mobile_money = json!({
        "payment_amount": 980, "source_amount": 980,
        "payment_currency": "RWF", "source_currency": "RWF",
        "beneficiary_data": {"nickname": "ride-42", "destination_data": {
            "destination_type": "mobile_money",
            "mobile_money": {"msisdn": "250788123456", "provider": "mtn_rw", "name": "ZANA Recipient"}
        }},
        "merchant_payout_id": "ride-42"
    });
    round_trip::<CreatePayout>(&integration_mobile_money, "integration, mobile money");
    let typed: CreatePayout = decode(&integration_mobile_money, "mobile money");
    assert_eq!(
        typed
            .beneficiary_data
            .unwrap()
            .destination_data
            .destination_type,
        BeneficiaryDestinationDestinationType::MobileMoney
    );
}

/// The retrieve page's example is Apifox's placeholder (strings `"string"`, zeros), cut off
/// inside the bank account's date of birth; up to there it is a Beneficiary. A destination type
/// no page lists decodes too, and encodes back as sent.
#[test]
fn the_retrieve_pages_placeholder_and_unknown_destinations_decode() {
    let placeholder = json!({
        "id": "string", "object": "string", "created": 0,
        "destination_data": {
            "destination_type": "bank_account",
            "bank_account": {
                "account_number": "string", "account_holder_name": "string",
                "account_holder_type": "individual", "phone_number": "string",
                "email": "string", "country": "string", "swift": "string",
                "dob": {"day": "string", "month": "string", "year": "string"}
            }
        }
    });
    round_trip::<Beneficiary>(&placeholder, "retrieve page placeholder");

    let unknown = json!({
        "id": "bf_1", "object": "beneficiary", "created": 1731033691000i64,
        "destination_data": {"destination_type": "paypal", "paypal": {"email": "a@b.example"}}
    });
    let beneficiary: Beneficiary = decode(&unknown, "unknown destination type");
    assert_eq!(
        beneficiary.destination_data.destination_type,
        BeneficiaryDestinationDestinationType::Unknown("paypal".into())
    );
    assert_eq!(
        serde_json::to_value(&beneficiary).unwrap()["destination_data"]["destination_type"],
        "paypal"
    );
}

/// The event deliveries the guides show decode as the API's Event and as the webhooks module's:
/// the webhook-signatures guide's `product.created` (its `created` in seconds) and the retrieve
/// page's dispute event (the setup-mode guide's is cut off before its `data`).
#[test]
fn documented_events_decode_both_ways() {
    let product_created = json!({
        "id": "evt_1NNUrjL6kclEVx6Mb1x5dKJ3", "object": "event", "api_version": "2022-11-15",
        "created": 1687845303,
        "data": {"object": {"id": "prod_O9oUVgsSaordCT", "object": "product", "active": true,
                             "livemode": true, "name": "test", "type": "service"}},
        "livemode": true, "pending_webhooks": 1, "type": "product.created"
    });
    round_trip::<Event>(&product_created, "webhook-signatures guide");
    let typed: Event = decode(&product_created, "product.created");
    assert_eq!(typed.r#type, Some(wooshpay::EventType::ProductCreated));
    let delivered =
        wooshpay::webhooks::Event::from_slice(product_created.to_string().as_bytes()).unwrap();
    assert_eq!(
        delivered.type_,
        wooshpay::webhooks::EventType::ProductCreated
    );

    let dispute_event = json!({
        "id": "evt_1593219809108033536", "object": "event", "created": 1668688178000i64,
        "type": "charge.dispute.closed",
        "data": {"object": {"id": "dp_1585839983195983872", "object": "dispute",
                             "created": 1666928687870i64, "amount": 66, "currency": "USD",
                             "status": "lost", "livemode": false, "metadata": {"arn": "232323232323"}}}
    });
    round_trip::<Event>(&dispute_event, "retrieve page's dispute event, with a type");
    let delivered =
        wooshpay::webhooks::Event::from_slice(dispute_event.to_string().as_bytes()).unwrap();
    assert!(delivered.type_.is_dispute());
    let dispute: wooshpay::Dispute = delivered.data_object().unwrap();
    assert_eq!(dispute.amount, Some(66));
}

/// A `charge.captured` delivery's object decodes as a Charge. No page shows a charge: the object
/// here holds what an integration reads of one (`payment_method_details.card.wallet.type`) and
/// fields the Charge names, nulls included.
#[test]
fn a_charge_captured_delivery_decodes_its_charge() {
    let charge = json!({
        "id": "ch_1", "object": "charge", "created": 1754477408000i64,
        "amount": 1999, "amount_captured": 1999,
        "amount_refunded": 0, "captured": true, "paid": true, "refunded": false,
        "currency": "USD", "payment_intent": "pi_1", "status": "succeeded",
        "receipt_url": null, "transfer_data": null, "application_fee_amount": null,
        "billing_details": {"address": {"country": "US"}, "email": null, "name": "Jane Doe"},
        "payment_method_details": {"type": "card", "card": {"brand": "visa", "last4": "4242",
                                                             "wallet": {"type": "apple_pay"}}}
    });
    round_trip::<Charge>(&charge, "charge");
    let delivery = json!({
        "id": "evt_2", "object": "event", "type": "charge.captured", "data": {"object": charge}
    });
    let event = wooshpay::webhooks::Event::from_slice(delivery.to_string().as_bytes()).unwrap();
    assert_eq!(event.type_, wooshpay::webhooks::EventType::ChargeCaptured);
    let captured: Charge = event.data_object().unwrap();
    let wallet = captured
        .payment_method_details
        .and_then(|d| d.card)
        .and_then(|c| c.wallet)
        .and_then(|w| w.r#type);
    assert_eq!(wallet.as_deref(), Some("apple_pay"));
}

/// An authorization with the list page's field values (its enums' values), and the card's
/// `metadata` as the string the page types it as.
#[test]
fn an_authorization_with_the_pages_values_round_trips() {
    let authorization = json!({
        "id": "iauth_1", "object": "issuing.authorization", "created": 1668688178000i64,
        "amount": 1000, "approved": true,
        "card": {"id": "ic_1", "cancellation_reason": "design_rejected", "currency": "usd",
                 "type": "virtual", "cardholder": {"id": "ich_1"}, "exp_month": 3,
                 "exp_year": 2027, "first6": "411111", "last4": "1111",
                 "metadata": "{\"team\":\"ops\"}", "status": "inactive", "object": "card",
                 "brand": "Visa", "created": 1668688178000i64},
        "merchant_data": {"category_code": "5734", "name": "Example Shop"}
    });
    round_trip::<IssuingAuthorization>(&authorization, "authorization");
    let typed: IssuingAuthorization = decode(&authorization, "authorization");
    assert_eq!(
        typed.card.and_then(|c| c.status),
        Some(IssuingAuthorizationCardStatus::Inactive)
    );
}
