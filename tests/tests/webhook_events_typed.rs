//! Typed webhook objects: `Event::object()` decodes a signed delivery's `data.object` into the
//! type its event type carries (`specs/codegen.toml`'s `[[webhooks.events]]` `object`), as an
//! `EventObject` variant; event types the crate does not list, or that name no object type,
//! give `EventObject::Unknown` with the JSON as sent; an object that does not decode into its
//! type is an error naming the field. The README's "Receiving webhooks" example, compiled and
//! run.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::{json, Value};
use wooshpay::webhooks::{
    construct_event_at, signature_header, Event, EventObject, EventType, WebhookError,
    DEFAULT_TOLERANCE,
};
use wooshpay::{DisputeStatus, PaymentIntentStatus};

const SECRET: &str = "whsec_9rMfZUGWM3gTTBtn0f8kPEfmiIJCmzQi";
/// The delivery time (seconds) the signatures are checked at; events' `created` is in
/// milliseconds, as WooshPay's examples have it.
const NOW: i64 = 1_754_477_408;

/// Signs `event` as WooshPay does and decodes it back through `construct_event_at`.
fn deliver(event: &Value) -> Event {
    let body = serde_json::to_vec(event).expect("encodes");
    let header = signature_header(&body, SECRET, wooshpay::timestamps::from_unix_seconds(NOW));
    construct_event_at(&body, &header, SECRET, DEFAULT_TOLERANCE, NOW).expect("a valid delivery")
}

/// An event envelope shaped like the save-card guide's `setup_intent.succeeded` delivery.
fn event(kind: &str, object: Value) -> Value {
    json!({"id": "evt_1953045921369423872", "object": "event", "created": 1_754_477_408_000_i64,
           "livemode": false, "pending_webhooks": 1, "type": kind, "data": {"object": object}})
}

/// `[[webhooks.events]]` of `specs/codegen.toml`: (event type, object type name).
fn settings_events() -> Vec<(String, Option<String>)> {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs/codegen.toml");
    let text = std::fs::read_to_string(&file).expect("specs/codegen.toml");
    let settings = wooshpay_codegen::Settings::parse(&text, "codegen.toml").expect("parses");
    let webhooks = settings.values.webhooks.expect("[webhooks]");
    webhooks
        .events
        .iter()
        .map(|e| {
            (
                e.type_.get_ref().clone(),
                e.object.as_ref().map(|o| o.get_ref().clone()),
            )
        })
        .collect()
}

/// An object of each type an event carries, shaped like WooshPay's documented objects
/// (`created` in milliseconds for payment intents and checkout sessions, seconds for disputes).
fn example(type_name: &str) -> Option<Value> {
    Some(match type_name {
        "PaymentIntent" => json!({
            "id": "pi_1953045921369423872", "object": "payment_intent",
            "created": 1_754_477_400_000_i64, "amount": 1999, "amount_received": 1999,
            "currency": "CNY", "status": "succeeded", "merchant_order_id": "order-6735",
            "payment_method": "pm_1953045921369423872", "metadata": {"order_id": "order-6735"},
            "livemode": false}),
        "Refund" => json!({
            "id": "re_3KQu4U2eZvKYlo2C02Ndp8xy", "object": "refund", "created": 1_671_261_323,
            "amount": 100, "currency": "usd", "payment_intent": "pi_1953045921369423872",
            "reason": "requested_by_customer", "status": "succeeded"}),
        "CheckoutSession" => json!({
            "id": "cs_1953770262453288960", "object": "checkout.session",
            "created": 1_754_650_104_000_i64, "status": "complete", "mode": "payment",
            "payment_intent": "pi_1953045921369423872", "client_reference_id": "order-6735",
            "payment_method_types": ["card"], "currency": "CNY", "amount_total": 1999,
            "success_url": "http://yourwebsite.com", "cancel_url": "http://yourwebsite.com"}),
        "Dispute" => json!({
            "id": "dp_1Nabc", "object": "dispute", "created": 1_699_999_990, "amount": 1999,
            "charge": "ch_1Nxyz", "currency": "usd", "livemode": false, "metadata": {},
            "payment_intent": "pi_1Nxyz", "status": "needs_response",
            "reason_type": "fraudulent", "reason_code": "10.4",
            "evidence": {"customer_name": "Jane Doe"}}),
        // charge.captured (the charges' pages show no example object: fields from the spec).
        "Charge" => json!({
            "id": "ch_1953045921369423872", "object": "charge", "created": 1_754_477_400_000_i64,
            "amount": 1999, "amount_captured": 1999, "amount_refunded": 0, "captured": true,
            "paid": true, "refunded": false, "currency": "CNY", "status": "succeeded",
            "payment_intent": "pi_1953045921369423872", "livemode": false}),
        // The save-card guide's setup: its customer and SetupIntent ids.
        "SetupIntent" => json!({
            "id": "seti_1953770262453288960", "object": "setup_intent",
            "created": 1_754_650_104_000_i64, "status": "succeeded", "livemode": false,
            "customer": "cus_1953770230215868416", "payment_method": "pm_1953770300000000000",
            "payment_method_types": ["card"], "usage": "off_session"}),
        // The catalogue pages' product and payment link (`created` in milliseconds).
        "Product" => json!({
            "id": "prod_1953045921369423872", "object": "product",
            "created": 1_754_477_400_000_i64, "updated": 1_754_477_400_000_i64,
            "active": true, "livemode": false, "name": "T-shirt", "images": [],
            "metadata": {}}),
        "PaymentLink" => json!({
            "id": "plink_1953045921369423872", "object": "payment_link",
            "created": 1_754_477_400_000_i64, "active": true, "livemode": false,
            "currency": "CNY", "url": "https://pay.example/plink_1953045921369423872",
            "metadata": {}}),
        _ => return None,
    })
}

/// The variant's type name and the object's `id` (`("Unknown", None)` for JSON).
fn variant(object: &EventObject) -> (&'static str, Option<&str>) {
    match object {
        EventObject::PaymentIntent(o) => ("PaymentIntent", Some(o.id.as_str())),
        EventObject::Refund(o) => ("Refund", Some(o.id.as_str())),
        EventObject::CheckoutSession(o) => ("CheckoutSession", Some(o.id.as_str())),
        EventObject::Dispute(o) => ("Dispute", Some(o.id.as_str())),
        EventObject::Charge(o) => ("Charge", Some(o.id.as_str())),
        EventObject::SetupIntent(o) => ("SetupIntent", Some(o.id.as_str())),
        EventObject::Product(o) => ("Product", Some(o.id.as_str())),
        EventObject::PaymentLink(o) => ("PaymentLink", Some(o.id.as_str())),
        EventObject::Unknown(_) => ("Unknown", None),
        // A variant this test does not know yet: a new `object = ...` line in the settings.
        _ => ("a variant this test does not know", None),
    }
}

#[test]
fn every_mapped_event_type_decodes_into_its_type() {
    let events = settings_events();
    let mapped: Vec<(String, String)> = events
        .iter()
        .filter_map(|(wire, object)| Some((wire.clone(), object.clone()?)))
        .collect();
    let types: BTreeSet<&str> = mapped.iter().map(|(_, o)| o.as_str()).collect();
    assert!(mapped.len() >= 21, "{mapped:?}");
    for expected in [
        "Dispute",
        "Refund",
        "CheckoutSession",
        "PaymentIntent",
        "Charge",
        "SetupIntent",
        "Product",
        "PaymentLink",
    ] {
        assert!(types.contains(expected), "{types:?}");
    }
    for (wire, object) in &mapped {
        let Some(example) = example(object) else {
            panic!(
                "`{wire}` carries a `{object}`: add an example object to example() and the \
                 variant to variant() in this file"
            )
        };
        let delivered = deliver(&event(wire, example.clone()));
        assert!(
            !matches!(delivered.type_, EventType::Unknown(_)),
            "`{wire}` is listed"
        );
        assert_eq!(delivered.type_.as_str(), wire);
        // The envelope's own fields stay as sent.
        assert_eq!(delivered.id, "evt_1953045921369423872");
        assert_eq!(delivered.object.as_deref(), Some("event"));
        assert_eq!(delivered.created, Some(1_754_477_408_000));
        let typed = delivered
            .object()
            .unwrap_or_else(|e| panic!("`{wire}`: {e}"));
        assert_eq!(
            variant(&typed),
            (object.as_str(), example["id"].as_str()),
            "`{wire}`"
        );
        // data_object::<T>() still reads the same object as JSON.
        assert_eq!(delivered.data_object::<Value>().unwrap(), example);
    }
}

#[test]
fn typed_objects_carry_their_fields() {
    let delivered = deliver(&event(
        "payment_intent.succeeded",
        example("PaymentIntent").unwrap(),
    ));
    let EventObject::PaymentIntent(intent) = delivered.object().unwrap() else {
        panic!("a PaymentIntent")
    };
    assert_eq!(intent.amount, 1999);
    assert_eq!(intent.amount_received, Some(1999));
    assert_eq!(intent.status, Some(PaymentIntentStatus::Succeeded));
    assert_eq!(intent.merchant_order_id.as_deref(), Some("order-6735"));
    assert_eq!(intent.created, 1_754_477_400_000);

    let delivered = deliver(&event("charge.refund.updated", example("Refund").unwrap()));
    let EventObject::Refund(refund) = delivered.object().unwrap() else {
        panic!("a Refund")
    };
    assert_eq!(refund.status, Some(wooshpay::RefundStatus::Succeeded));

    let delivered = deliver(&event(
        "checkout.session.expired",
        example("CheckoutSession").unwrap(),
    ));
    let EventObject::CheckoutSession(session) = delivered.object().unwrap() else {
        panic!("a CheckoutSession")
    };
    assert_eq!(
        session.payment_intent.as_deref(),
        Some("pi_1953045921369423872")
    );

    let delivered = deliver(&event("charge.captured", example("Charge").unwrap()));
    let EventObject::Charge(charge) = delivered.object().unwrap() else {
        panic!("a Charge")
    };
    assert_eq!(charge.amount_captured, Some(1999));
    assert_eq!(charge.captured, Some(true));

    let delivered = deliver(&event(
        "setup_intent.succeeded",
        example("SetupIntent").unwrap(),
    ));
    let EventObject::SetupIntent(setup) = delivered.object().unwrap() else {
        panic!("a SetupIntent")
    };
    // What the save-card guide persists: the customer and the saved payment method.
    assert_eq!(setup.customer.as_deref(), Some("cus_1953770230215868416"));
    assert_eq!(
        setup.payment_method.as_deref(),
        Some("pm_1953770300000000000")
    );

    // An `*.updated` event: the object is typed, the previous attributes stay JSON.
    let mut updated = event("charge.dispute.updated", example("Dispute").unwrap());
    updated["data"]["previous_attributes"] = json!({"status": "warning_needs_response"});
    let delivered = deliver(&updated);
    let EventObject::Dispute(dispute) = delivered.object().unwrap() else {
        panic!("a Dispute")
    };
    assert_eq!(dispute.status, Some(DisputeStatus::NeedsResponse));
    assert_eq!(
        dispute.evidence.and_then(|e| e.customer_name).as_deref(),
        Some("Jane Doe")
    );
    assert_eq!(
        delivered.previous_attributes().unwrap()["status"],
        "warning_needs_response"
    );
}

#[test]
fn unknown_event_type_gives_the_raw_object() {
    // Not listed by the crate, though its object looks like a dispute: the type decides.
    let raw = json!({"id": "dp_1Nabc", "object": "dispute", "created": 1_699_999_990,
                     "status": "under_review", "arbitration": {"stage": 2}});
    for kind in ["charge.dispute.escalated", "balance.available"] {
        let delivered = deliver(&event(kind, raw.clone()));
        assert_eq!(delivered.type_, EventType::Unknown(kind.into()));
        match delivered.object().expect("an unknown type is not an error") {
            EventObject::Unknown(object) => assert_eq!(object, raw, "{kind}"),
            other => panic!("{kind}: {other:?}"),
        }
    }
    // Anything at all is kept for an unknown type, even what is no object.
    let delivered = deliver(&event("balance.available", json!([1, "two", null])));
    assert_eq!(
        delivered.object().unwrap(),
        EventObject::Unknown(json!([1, "two", null]))
    );
}

#[test]
fn listed_types_without_an_object_type_give_the_raw_object() {
    // Whatever the settings leave untyped (nothing at the moment: generator/tests/
    // webhook_events.rs checks that such an event gets no match arm).
    let untyped: Vec<String> = settings_events()
        .into_iter()
        .filter(|(_, object)| object.is_none())
        .map(|(wire, _)| wire)
        .collect();
    let raw = json!({"id": "x_1", "object": "thing", "created": 1});
    for wire in &untyped {
        let delivered = deliver(&event(wire, raw.clone()));
        assert!(
            !matches!(delivered.type_, EventType::Unknown(_)),
            "`{wire}` is listed"
        );
        assert_eq!(
            delivered.object().unwrap(),
            EventObject::Unknown(raw.clone()),
            "`{wire}`"
        );
    }
}

#[test]
fn the_signature_guides_product_lacks_the_created_the_products_page_shows() {
    // webhook_signatures.md's `product.created` example (its object, as far as the excerpt
    // shows it): the Products page gives a product `created`, so this object is an error naming
    // it, and the JSON stays readable.
    let raw = json!({"id": "prod_O9oUVgsSaordCT", "object": "product", "active": true,
                     "livemode": true, "name": "test", "type": "service"});
    let (_, message, text) = object_error("product.created", raw.clone());
    assert!(message.contains("`created`"), "{text}");
    let mut with_created = raw;
    with_created["created"] = json!(1_687_845_303);
    let delivered = deliver(&event("product.created", with_created));
    let EventObject::Product(product) = delivered.object().unwrap() else {
        panic!("a Product")
    };
    assert_eq!(product.name, "test");
    assert_eq!(product.active, Some(true));
}

#[test]
fn an_event_type_built_by_hand_is_matched_by_its_wire_name() {
    // `EventType::Unknown` holding a listed type still picks that type's object.
    let mut delivered = deliver(&event(
        "charge.dispute.created",
        example("Dispute").unwrap(),
    ));
    delivered.type_ = EventType::Unknown("charge.dispute.created".into());
    assert!(matches!(
        delivered.object().unwrap(),
        EventObject::Dispute(_)
    ));
    let parsed = Event::from_slice(&serde_json::to_vec(&delivered).unwrap()).unwrap();
    assert_eq!(parsed.type_, EventType::ChargeDisputeCreated);
    assert_eq!(parsed.object().unwrap(), delivered.object().unwrap());
}

/// The `InvalidObject` error of a delivery of `kind` carrying `object`.
fn object_error(kind: &str, object: Value) -> (String, String, String) {
    let delivered = deliver(&event(kind, object.clone()));
    // The delivery itself is genuine and decodes; only its object is wrong.
    assert_eq!(delivered.data_object::<Value>().unwrap(), object);
    match delivered.object() {
        Err(error @ WebhookError::InvalidObject { .. }) => {
            let text = error.to_string();
            let WebhookError::InvalidObject { path, message } = error else {
                unreachable!()
            };
            (path, message, text)
        }
        Err(other) => panic!("{kind}: not an InvalidObject: {other:?}"),
        Ok(object) => panic!("{kind}: decoded: {object:?}"),
    }
}

#[test]
fn a_malformed_object_of_a_listed_type_is_an_error_naming_the_field() {
    let mut intent = example("PaymentIntent").unwrap();
    intent["amount"] = json!("ten");
    let (path, message, text) = object_error("payment_intent.succeeded", intent);
    assert_eq!(path, "amount", "{message}");
    assert!(
        text.contains("data.object") && text.contains("`amount`"),
        "{text}"
    );

    let mut dispute = example("Dispute").unwrap();
    dispute["evidence"]["customer_name"] = json!(5);
    let (path, _, text) = object_error("charge.dispute.funds_withdrawn", dispute);
    assert_eq!(path, "evidence.customer_name", "{text}");

    let mut refund = example("Refund").unwrap();
    refund.as_object_mut().unwrap().remove("id");
    let (_, message, text) = object_error("charge.refund.updated", refund);
    assert!(message.contains("`id`"), "{text}");

    let (_, message, text) = object_error("checkout.session.completed", json!("cs_1"));
    assert!(message.contains("invalid type"), "{text}");

    // Strict at every depth: a nested object must be an object.
    let mut session = example("CheckoutSession").unwrap();
    session["customer_details"] = json!([]);
    let (path, _, text) = object_error("checkout.session.completed", session);
    assert_eq!(path, "customer_details", "{text}");
}

// The README's "Receiving webhooks" example, as written there.
fn readme_example(
    body: &[u8],
    signature_header: &str,
) -> Result<(), wooshpay::webhooks::WebhookError> {
    use wooshpay::webhooks::{construct_event, EventObject, EventType, DEFAULT_TOLERANCE};

    let event = construct_event(body, signature_header, "whsec_...", DEFAULT_TOLERANCE)?;
    // `data.object` as the type the event's type carries; an object that does not decode is
    // an error, an event type without an object type gives the JSON.
    match event.object()? {
        EventObject::PaymentIntent(payment) if event.type_ == EventType::PaymentIntentSucceeded => {
            println!(
                "paid: {} {:?} {}",
                payment.id, payment.merchant_order_id, payment.amount
            );
        }
        EventObject::CheckoutSession(session) => {
            println!(
                "{}: {} {:?}",
                event.type_, session.id, session.payment_intent
            );
        }
        EventObject::Refund(refund) => println!("refund {}: {:?}", refund.id, refund.status),
        EventObject::Dispute(dispute) => {
            println!("{} {:?} {:?}", event.type_, dispute.status, dispute.amount);
        }
        EventObject::Unknown(object) => println!("{} {}: {object}", event.type_, event.id),
        _ => {}
    }
    Ok(())
}

#[test]
fn the_readme_example_runs() {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    for (kind, object) in [
        (
            "payment_intent.succeeded",
            example("PaymentIntent").unwrap(),
        ),
        (
            "checkout.session.completed",
            example("CheckoutSession").unwrap(),
        ),
        ("charge.refund.updated", example("Refund").unwrap()),
        ("charge.dispute.closed", example("Dispute").unwrap()),
        ("balance.available", json!({"object": "balance"})),
    ] {
        let body = serde_json::to_vec(&event(kind, object)).unwrap();
        let header = signature_header(
            &body,
            "whsec_...",
            wooshpay::timestamps::from_unix_seconds(now),
        );
        readme_example(&body, &header).unwrap_or_else(|e| panic!("{kind}: {e}"));
    }
    let body = serde_json::to_vec(&event("charge.refund.updated", json!({"id": 1}))).unwrap();
    let header = signature_header(
        &body,
        "whsec_...",
        wooshpay::timestamps::from_unix_seconds(now),
    );
    assert!(matches!(
        readme_example(&body, &header),
        Err(WebhookError::InvalidObject { .. })
    ));
}
