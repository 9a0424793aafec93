//! The payment flow's examples from WooshPay's pages that are not in the specs (the guides'
//! requests and responses) round-trip through the generated types, and signed webhook events
//! carrying each kind of object decode with `Event::data_object`.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};
use wooshpay::webhooks::{construct_event_at, signature_header, EventType, DEFAULT_TOLERANCE};
use wooshpay::{
    CheckoutSession, CreatePaymentIntent, CreateSession, CreateWebhook, Dispute, DisputeStatus,
    PaymentIntent, PaymentIntentNextAction, PaymentIntentPaymentMethodOptions,
    PaymentIntentPaymentMethodTypes, PaymentIntentStatus, Refund, RefundReason, WebhookEndpoint,
};

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

/// Decodes `example` as `T` and checks it encodes back to the same JSON (nulls aside).
fn round_trip<T: DeserializeOwned + Serialize>(example: Value, what: &str) -> T {
    let typed: T = serde_json::from_value(example.clone())
        .unwrap_or_else(|e| panic!("{what}: does not decode: {e}"));
    let back = serde_json::to_value(&typed).expect("encodes");
    assert_eq!(
        back,
        without_nulls(&example),
        "{what}: does not encode back to the same JSON"
    );
    typed
}

#[test]
fn payment_intent_guide_examples_round_trip() {
    // "Authorize and capture" (doc-2895670): the request, verbatim (masked card digits).
    round_trip::<CreatePaymentIntent>(
        json!({
            "amount": 100000, "currency": "USD", "confirm": true,
            "payment_method_data": {"type": "card", "card": {"exp_month": "**", "exp_year": "****",
                "number": "5204*******01011", "cvc": "***", "name": "John Wick"}},
            "merchant_order_id": "Order112344343", "capture_method": "manual",
            "return_url": "https://wooshpay.com"
        }),
        "authorize-and-capture request",
    );
    // "Save payment details during payment" (doc-7227990): the request, verbatim.
    round_trip::<CreatePaymentIntent>(
        json!({
            "amount": 100, "currency": "USD", "confirm": true,
            "customer": "cus_1760950869144109056",
            "payment_method_data": {"type": "card", "card": {"exp_month": "01", "exp_year": "2027",
                "number": "4111111111111111", "cvc": "022", "name": "XX XXX"}},
            "setup_future_usage": "on_session", "return_url": "https://yourwebsite.com"
        }),
        "save-card request",
    );
    // "Wooshpay Direct API" (doc-1722924): the 3DS request, verbatim.
    round_trip::<CreatePaymentIntent>(
        json!({
            "amount": 1, "currency": "USD", "confirm": true,
            "payment_method_options": {"card": {"request_three_d_secure": "any", "capture_method": "automatic"}},
            "payment_method_data": {"type": "card", "card": {"cvc": "123", "number": "4111111111111111",
                "exp_month": "03", "exp_year": "2027"}},
            "merchant_order_id": "id1111", "return_url": "https://wooshpay.com"
        }),
        "direct API 3DS request",
    );
    // The same guide's 3DS response, cut where the excerpt ends (inside `next_action`, which is
    // JSON text there): the fields before it.
    let intent = round_trip::<PaymentIntent>(
        json!({
            "id": "pi_1583367070215569408", "object": "payment_intent", "created": 1666339102000_i64,
            "currency": "USD", "amount": 1, "status": "requires_action", "description": null,
            "metadata": null, "livemode": false, "merchant_order_id": "id1111",
            "client_secret": "pi_1583367070215569408_secret_gXwuHGXjHgMqVw35oBInuYyC",
            "last_payment_error": null,
            "next_action": "{\"ddc_redirect\":{}}"
        }),
        "direct API 3DS response",
    );
    assert_eq!(intent.status, Some(PaymentIntentStatus::RequiresAction));
    assert!(matches!(
        intent.next_action,
        Some(PaymentIntentNextAction::String(_))
    ));
}

#[test]
fn json_text_and_structured_payment_intent_fields_are_told_apart() {
    let as_text: PaymentIntent = serde_json::from_value(json!({
        "id": "pi_1", "object": "payment_intent", "created": 1671261323000i64,
        "currency": "USD", "amount": 10,
        "payment_method_types": "[\"wechat_pay\",\"alipay\",\"card\"]",
        "payment_method_options": "{\"card\":{\"request_three_d_secure\":\"auto\"}}"
    }))
    .unwrap();
    let Some(PaymentIntentPaymentMethodTypes::String(text)) = &as_text.payment_method_types else {
        panic!("{as_text:?}")
    };
    let types: Vec<String> = serde_json::from_str(text).expect("the text is a JSON list");
    assert_eq!(types, ["wechat_pay", "alipay", "card"]);
    assert!(matches!(
        as_text.payment_method_options,
        Some(PaymentIntentPaymentMethodOptions::String(_))
    ));

    let structured: PaymentIntent = serde_json::from_value(json!({
        "id": "pi_1", "object": "payment_intent", "created": 1671261323000i64,
        "currency": "USD", "amount": 10, "payment_method_types": ["card"],
        "payment_method_options": {"card": {"request_three_d_secure": "auto"}}
    }))
    .unwrap();
    assert_eq!(
        structured.payment_method_types,
        Some(PaymentIntentPaymentMethodTypes::Array(vec!["card".into()]))
    );
    let Some(PaymentIntentPaymentMethodOptions::PaymentMethodOptions(options)) =
        structured.payment_method_options
    else {
        panic!("an object stays an object")
    };
    assert_eq!(
        options
            .card
            .and_then(|c| c.request_three_d_secure)
            .as_deref(),
        Some("auto")
    );
    // `amount` and `currency` are required on a PaymentIntent.
    assert!(serde_json::from_value::<PaymentIntent>(json!({"currency": "USD"})).is_err());
}

#[test]
fn checkout_and_webhook_guide_examples_round_trip() {
    // "Cards" (doc-3858959): the create request, verbatim.
    round_trip::<CreateSession>(
        json!({
            "cancel_url": "www.wooshpay.com", "mode": "payment", "success_url": "https://wooshpay.com/",
            "payment_method_types": ["card"],
            "line_items": [{"price_data": {"currency": "USD", "product": null, "unit_amount": 2000,
                "product_data": {"name": "apple"}, "billing_scheme": "testscheme",
                "lookup_key": "test_lookup_key"}, "quantity": 1}]
        }),
        "cards checkout request",
    );
    // "Wooshpay Checkout" (doc-1722914), the newer markdown export's shorter request, verbatim.
    round_trip::<CreateSession>(
        json!({
            "cancel_url": "www.example.com", "mode": "payment", "success_url": "www.wooshpay.com",
            "line_items": [{"price_data": {"currency": "GBP", "unit_amount": 5,
                "product_data": {"name": "example product", "description": "very delicious"}},
                "quantity": 1}]
        }),
        "checkout guide request",
    );
    // "Save a customer's payment method" (doc-7197331): the setup-mode request, verbatim.
    round_trip::<CreateSession>(
        json!({
            "cancel_url": "https://example.com/billing/cancel",
            "success_url": "https://example.com/billing/success",
            "payment_method_types": ["card"], "customer": "cus_1953770230215868416",
            "metadata": {"order_id": "order123", "merchant_user_id": "123"}
        }),
        "setup-mode request",
    );
    // "Wooshpay Checkout": the response, cut where the excerpt ends (inside line_items' price).
    let session = round_trip::<CheckoutSession>(
        json!({
            "id": "cs_1580071142008291328", "object": "checkout.session", "created": 1665553291000_i64,
            "currency": "GBP", "customer": "", "mode": "payment", "livemode": false, "shipping": null,
            "status": "open",
            "url": "https://checkouttest.wooshpay.com/pay/cs_test_1580071142008291328?key=pk_test_dGVzdDpXWUg1eUF4OXZpUUF4UHNoYmdRRjVTTTE=",
            "cancel_url": "www.baidu.com", "client_reference_id": null, "customer_email": null,
            "line_items": {"object": "list", "data": [{"id": "li_1580071142847152128", "object": "item",
                "currency": "GBP", "description": "example product",
                "price": {"id": "price_1580071142859735040", "object": "price", "created": 1665553291000_i64,
                    "active": true, "currency": "GBP", "metadata": {"key1": "value1", "key2": "value2"},
                    "nickname": "fengli"}}]}
        }),
        "checkout guide response",
    );
    assert_eq!(session.customer.as_deref(), Some(""));

    // "Webhook" guide (doc-2517709): request and response, verbatim.
    round_trip::<CreateWebhook>(
        json!({
            "url": "https://apitest.wooshpay.com/v1/receives", "description": "I am description",
            "enabled_events": ["payment_intent.created", "payment_intent.payment_failed",
                "payment_intent.requires_action", "payment_intent.succeeded",
                "payment_intent.canceled", "charge.refund.updated"],
            "api_version": "1.0.1"
        }),
        "webhook guide request",
    );
    let endpoint = round_trip::<WebhookEndpoint>(
        json!({
            "id": "we_1600745739909070848", "object": "webhook_endpoint", "created": 1670482499000_i64,
            "description": "I am description", "metadata": null,
            "secret": "c2tfdGVzdF9kR1Z6ZERwMFpYTjBNVEl6TkRVMjo=", "status": "enabled",
            "url": "https://apitest.wooshpay.com/v1/receives", "livemode": false, "api_version": "1.0.1",
            "enabled_events": ["payment_intent.created", "payment_intent.payment_failed",
                "payment_intent.requires_action", "payment_intent.succeeded",
                "payment_intent.canceled", "charge.refund.updated"]
        }),
        "webhook guide response",
    );
    // Every event type the endpoint subscribes to is one the crate names.
    for name in endpoint.enabled_events.unwrap_or_default() {
        assert!(
            !matches!(EventType::from(name.as_str()), EventType::Unknown(_)),
            "{name} is not listed"
        );
    }
}

const SECRET: &str = "whsec_9rMfZUGWM3gTTBtn0f8kPEfmiIJCmzQi";
const NOW: i64 = 1_754_477_408;

/// Signs `event` as WooshPay would and decodes it back through `construct_event_at`.
fn deliver(event: &Value) -> wooshpay::webhooks::Event {
    let body = serde_json::to_vec(event).expect("encodes");
    let header = signature_header(&body, SECRET, wooshpay::timestamps::from_unix_seconds(NOW));
    construct_event_at(&body, &header, SECRET, DEFAULT_TOLERANCE, NOW).expect("a valid delivery")
}

fn event(kind: &str, object: Value) -> Value {
    json!({"id": "evt_1953045921369423872", "object": "event", "created": 1754477408000_i64,
           "livemode": false, "type": kind, "data": {"object": object}})
}

#[test]
fn data_object_decodes_each_kind_of_object() {
    // payment_intent.succeeded, shaped like the save-card guide's and the integrations' events.
    let delivered = deliver(&event(
        "payment_intent.succeeded",
        json!({"id": "pi_1", "object": "payment_intent", "created": 1671261323000i64,
               "status": "succeeded", "amount": 1999,
               "amount_received": 1999, "currency": "CNY", "merchant_order_id": "order-6735",
               "payment_method": "pm_1", "metadata": {"order_id": "order-6735"}}),
    ));
    assert_eq!(delivered.type_, EventType::PaymentIntentSucceeded);
    assert!(delivered.type_.is_payment_intent());
    let intent: PaymentIntent = delivered.data_object().expect("a PaymentIntent");
    assert_eq!(intent.amount_received, Some(1999));
    assert_eq!(intent.merchant_order_id.as_deref(), Some("order-6735"));

    let delivered = deliver(&event(
        "charge.refund.updated",
        json!({"id": "re_3KQu4U2eZvKYlo2C02Ndp8xy", "object": "refund", "created": 1671261323, "amount": 100,
               "currency": "usd", "payment_intent": "pi_1", "reason": "requested_by_customer",
               "status": "succeeded"}),
    ));
    assert_eq!(delivered.type_, EventType::ChargeRefundUpdated);
    let refund: Refund = delivered.data_object().expect("a Refund");
    assert_eq!(refund.reason, Some(RefundReason::RequestedByCustomer));

    for kind in ["checkout.session.completed", "checkout.session.expired"] {
        let delivered = deliver(&event(
            kind,
            json!({"id": "cs_1", "object": "checkout.session", "created": 1671261323, "status": "complete",
                   "payment_intent": "pi_1", "client_reference_id": "order-6735",
                   "payment_method_types": ["alipay", "unionpay"], "currency": "CNY"}),
        ));
        assert!(delivered.type_.is_checkout_session(), "{kind}");
        assert!(!matches!(delivered.type_, EventType::Unknown(_)), "{kind}");
        let session: CheckoutSession = delivered.data_object().expect("a CheckoutSession");
        assert_eq!(session.payment_intent.as_deref(), Some("pi_1"));
    }

    let delivered = deliver(&event(
        "charge.dispute.created",
        json!({"id": "dp_1", "object": "dispute", "created": 1671261323, "amount": 1000, "currency": "eur",
               "status": "warning_needs_response"}),
    ));
    assert!(delivered.type_.is_dispute());
    let dispute: Dispute = delivered.data_object().expect("a Dispute");
    assert_eq!(dispute.status, Some(DisputeStatus::WarningNeedsResponse));

    // The wrong type for the event is an error naming the field, not a panic.
    let delivered = deliver(&event(
        "payment_intent.created",
        json!({"id": "pi_2", "amount": "ten", "currency": "USD"}),
    ));
    let error = delivered
        .data_object::<PaymentIntent>()
        .expect_err("a string amount is not a PaymentIntent");
    assert!(error.to_string().contains("amount"), "{error}");
}

#[test]
fn every_event_type_the_pages_and_integrations_name_is_listed() {
    let named = [
        // The event table (events_types.md), as far as it goes.
        ("charge.captured", EventType::ChargeCaptured),
        ("charge.dispute.closed", EventType::ChargeDisputeClosed),
        ("charge.dispute.created", EventType::ChargeDisputeCreated),
        (
            "charge.dispute.funds_reinstated",
            EventType::ChargeDisputeFundsReinstated,
        ),
        (
            "charge.dispute.funds_withdrawn",
            EventType::ChargeDisputeFundsWithdrawn,
        ),
        ("charge.dispute.updated", EventType::ChargeDisputeUpdated),
        ("charge.refund.updated", EventType::ChargeRefundUpdated),
        (
            "checkout.session.expired",
            EventType::CheckoutSessionExpired,
        ),
        (
            "payment_intent.amount_capturable_updated",
            EventType::PaymentIntentAmountCapturableUpdated,
        ),
        ("payment_intent.canceled", EventType::PaymentIntentCanceled),
        ("payment_intent.created", EventType::PaymentIntentCreated),
        (
            "payment_intent.payment_failed",
            EventType::PaymentIntentPaymentFailed,
        ),
        (
            "payment_intent.processing",
            EventType::PaymentIntentProcessing,
        ),
        (
            "payment_intent.requires_action",
            EventType::PaymentIntentRequiresAction,
        ),
        // Other pages.
        (
            "payment_intent.succeeded",
            EventType::PaymentIntentSucceeded,
        ),
        ("setup_intent.created", EventType::SetupIntentCreated),
        ("setup_intent.succeeded", EventType::SetupIntentSucceeded),
        ("product.created", EventType::ProductCreated),
        // Integrations.
        (
            "checkout.session.completed",
            EventType::CheckoutSessionCompleted,
        ),
        (
            "checkout.session.canceled",
            EventType::CheckoutSessionCanceled,
        ),
        ("payment_link.paid", EventType::PaymentLinkPaid),
    ];
    for (wire, variant) in named {
        assert_eq!(EventType::from(wire), variant, "{wire}");
        assert_eq!(variant.as_str(), wire);
        let json = serde_json::to_value(&variant).unwrap();
        assert_eq!(json, json!(wire));
    }
}
