//! The client's requests for payment methods, customers and setup intents, checked against the
//! Prism of the enclosing module (`super::contract_prism()`): `contract_cards.rs` includes this
//! file twice, once for the generator's normalized document and once for the specs as written.
//!
//! Prism refuses (4xx) a request that does not match its document, so each passing call shows
//! the client sends what the specs say; each answer (the spec's example) must decode.

use serde_json::json;
use wooshpay::{
    Address, AttachPaymentMethod, BillingDetails, ConfirmSetupIntent, CreateCustomer,
    CreatePaymentMethod, CreateSetupIntent, CustomerShipping, ListCustomerPaymentMethods,
    ListPaymentMethods, PaymentMethod, PaymentMethodCardFunding, PaymentMethodData,
    PaymentMethodDataCard, PaymentMethodDataType, SetupIntentPaymentMethodOptions,
    SetupIntentPaymentMethodOptionsCard, SetupIntentUsage, UpdatePaymentMethod, UpdateSetupIntent,
};

use super::contract_prism;
use crate::{client, ok, post, CUSTOMER_ID, PAYMENT_METHOD_ID, SETUP_INTENT_ID};

/// The example users run against Prism (`cargo run -p wooshpay --example prism_save_card`).
#[allow(dead_code)]
#[path = "../../../xtask/extras/examples/prism_save_card.rs"]
mod prism_save_card_example;

#[tokio::test]
async fn payment_method_create_retrieve_update_match_the_contract() {
    let prism = contract_prism();
    let client = client(prism);
    let methods = client.payment_methods();
    let created = ok(
        methods.create(&crate::create_card_body()).await,
        "create",
        prism,
    );
    assert_eq!(created.id, PAYMENT_METHOD_ID);
    assert_eq!(created.r#type, PaymentMethodDataType::Card);
    let card = created.card.clone().expect("the example is a card");
    assert_eq!(card.last4.as_deref(), Some("1111"));
    assert_eq!(card.funding, Some(PaymentMethodCardFunding::Credit));
    assert_eq!(created.customer, None);
    // The page's required `type` is the only field a create must send.
    ok(
        methods
            .create(&CreatePaymentMethod {
                r#type: PaymentMethodDataType::Alipay,
                metadata: None,
                billing_details: None,
                card: None,
            })
            .await,
        "create without details",
        prism,
    );

    let retrieved = ok(methods.retrieve(PAYMENT_METHOD_ID).await, "retrieve", prism);
    assert_eq!(retrieved.customer.as_deref(), Some(CUSTOMER_ID));

    let update = UpdatePaymentMethod {
        billing_details: Some(BillingDetails {
            email: Some("jane@example.com".into()),
            address: Some(Address {
                country: Some("FR".into()),
                city: Some("Lyon".into()),
                ..Default::default()
            }),
            ..Default::default()
        }),
        metadata: Some([("user".to_owned(), json!("42"))].into_iter().collect()),
    };
    let updated = ok(
        methods.update(PAYMENT_METHOD_ID, &update).await,
        "update",
        prism,
    );
    assert_eq!(updated.id, PAYMENT_METHOD_ID);
    ok(
        methods
            .update(PAYMENT_METHOD_ID, &UpdatePaymentMethod::default())
            .await,
        "empty update",
        prism,
    );
}

#[tokio::test]
async fn payment_method_attach_and_detach_match_the_contract() {
    let prism = contract_prism();
    let client = client(prism);
    let methods = client.payment_methods();
    let attached = ok(
        methods
            .attach(
                PAYMENT_METHOD_ID,
                &AttachPaymentMethod {
                    customer: CUSTOMER_ID.into(),
                },
            )
            .await,
        "attach",
        prism,
    );
    assert_eq!(attached.customer.as_deref(), Some(CUSTOMER_ID));
    let detached = ok(methods.detach(PAYMENT_METHOD_ID).await, "detach", prism);
    assert_eq!(detached.customer, None);
}

#[tokio::test]
async fn payment_method_lists_match_the_contract() {
    let prism = contract_prism();
    let client = client(prism);
    let methods = client.payment_methods();
    let filters = ListPaymentMethods {
        customer: Some(CUSTOMER_ID.into()),
        r#type: Some("card".into()),
        limit: Some(3),
        ..Default::default()
    };
    let page = ok(methods.list(&filters).await, "list", prism);
    assert_eq!(page.has_more, Some(false));
    let data = page.data.clone();
    assert_eq!(data.len(), 1);
    let all: Vec<PaymentMethod> = ok(
        methods.list_all(&filters).try_collect().await,
        "list_all",
        prism,
    );
    assert_eq!(all, data);
    ok(
        methods.list(&ListPaymentMethods::default()).await,
        "list without filters",
        prism,
    );

    let params = ListCustomerPaymentMethods {
        r#type: Some("card".into()),
        limit: Some("3".into()),
        ..Default::default()
    };
    let page = ok(
        methods.list_for_customer(CUSTOMER_ID, &params).await,
        "list_for_customer",
        prism,
    );
    assert_eq!(
        page.url.as_deref(),
        Some("/v1/customers/cus_1760950869144109056/payment_methods")
    );
    let all: Vec<PaymentMethod> = ok(
        methods
            .list_for_customer_all(CUSTOMER_ID, &params)
            .try_collect()
            .await,
        "list_for_customer_all",
        prism,
    );
    assert_eq!(all, page.data);
}

#[tokio::test]
async fn customers_match_the_contract() {
    let prism = contract_prism();
    let client = client(prism);
    let body = CreateCustomer {
        email: Some("jane@example.com".into()),
        name: Some("Jane Doe".into()),
        phone: Some("+33 1 23 45 67 89".into()),
        description: Some("VIP".into()),
        address: Some(Address {
            city: Some("Lyon".into()),
            country: Some("FR".into()),
            ..Default::default()
        }),
        shipping: Some(CustomerShipping {
            name: Some("Jane Doe".into()),
            address: Some(Address {
                line1: Some("1 rue de la Paix".into()),
                ..Default::default()
            }),
            phone: None,
        }),
        metadata: Some(
            [("merchant_user_id".to_owned(), json!("42"))]
                .into_iter()
                .collect(),
        ),
        payment_method: None,
    };
    let created = ok(client.customers().create(&body).await, "create", prism);
    assert_eq!(created.id, CUSTOMER_ID);
    assert_eq!(created.email.as_deref(), Some("jane@example.com"));
    ok(
        client.customers().create(&CreateCustomer::default()).await,
        "empty create",
        prism,
    );
    let customer = ok(
        client.customers().retrieve("cus_1953770230215868416").await,
        "retrieve",
        prism,
    );
    assert_eq!(customer.created, 1754650097000);
    assert_eq!(
        customer.address.and_then(|a| a.country).as_deref(),
        Some("CN")
    );
}

#[tokio::test]
async fn setup_intents_match_the_contract() {
    let prism = contract_prism();
    let client = client(prism);
    let intents = client.setup_intents();
    let options = SetupIntentPaymentMethodOptions {
        card: Some(SetupIntentPaymentMethodOptionsCard {
            request_three_d_secure: Some("auto".into()),
        }),
    };
    let create = CreateSetupIntent {
        customer: Some(CUSTOMER_ID.into()),
        payment_method_types: Some(vec!["card".into()]),
        usage: Some(SetupIntentUsage::OffSession),
        payment_method_options: Some(options.clone()),
        metadata: Some(
            [("order_id".to_owned(), json!("order123"))]
                .into_iter()
                .collect(),
        ),
        ..Default::default()
    };
    let created = ok(intents.create(&create).await, "create", prism);
    assert_eq!(created.id, SETUP_INTENT_ID);
    assert_eq!(created.usage, Some(SetupIntentUsage::OffSession));
    // Confirmed at once, with a card to create.
    let at_once = CreateSetupIntent {
        confirm: Some(true),
        customer: Some(CUSTOMER_ID.into()),
        payment_method_data: Some(PaymentMethodData {
            r#type: PaymentMethodDataType::Card,
            card: Some(PaymentMethodDataCard {
                number: Some("4111111111111111".into()),
                exp_month: Some("03".into()),
                exp_year: Some("2027".into()),
                cvc: Some("123".into()),
                name: Some("Jane Doe".into()),
            }),
            billing_details: None,
            sepa_debit: None,
            wechat_pay: None,
            alipayplus: None,
            mobile_money: None,
        }),
        return_url: Some("https://shop.example/cards/saved".into()),
        ..Default::default()
    };
    ok(intents.create(&at_once).await, "create and confirm", prism);
    ok(
        intents.create(&CreateSetupIntent::default()).await,
        "empty create",
        prism,
    );

    let update = UpdateSetupIntent {
        description: Some("Card on file".into()),
        payment_method: Some(PAYMENT_METHOD_ID.into()),
        ..Default::default()
    };
    ok(
        intents.update(SETUP_INTENT_ID, &update).await,
        "update",
        prism,
    );

    let confirm = ConfirmSetupIntent {
        payment_method: Some(PAYMENT_METHOD_ID.into()),
        payment_method_options: Some(options),
        usage: Some(SetupIntentUsage::OffSession),
        return_url: "https://shop.example/cards/saved".into(),
        customer: None,
        description: None,
        metadata: None,
        payment_method_data: None,
    };
    let confirmed = ok(
        intents.confirm(SETUP_INTENT_ID, &confirm).await,
        "confirm",
        prism,
    );
    assert_eq!(confirmed.status.as_deref(), Some("succeeded"));
    assert_eq!(confirmed.payment_method.as_deref(), Some(PAYMENT_METHOD_ID));
}

/// Prism validates the bodies: what the pages mark required or restrict is refused, so the
/// passing tests above mean something. Both documents check every case (bodies holding an
/// optional enum included: the normalizer no longer lists `null` among an enum's values, which
/// made Prism skip such bodies' validation).
#[tokio::test]
async fn prism_refuses_card_bodies_that_break_the_schema() {
    let prism = contract_prism();
    // (path, body, status)
    let cases = [
        (
            "/v1/payment_methods",
            r#"{"card":{"number":"4111111111111111"}}"#,
            422,
        ),
        ("/v1/payment_methods", r#"{"type":"cash"}"#, 422),
        (
            "/v1/payment_methods",
            r#"{"type":"card","card":{"exp_month":"03"}}"#,
            422,
        ),
        ("/v1/payment_methods", r#"{"type":"card"}"#, 200),
        ("/v1/payment_methods/pm_1/attach", r#"{}"#, 422),
        (
            "/v1/payment_methods/pm_1/attach",
            r#"{"customer":"cus_1"}"#,
            200,
        ),
        ("/v1/payment_methods/pm_1", r#"{"metadata":"none"}"#, 422),
        ("/v1/customers", r#"{"email":["jane@example.com"]}"#, 422),
        ("/v1/customers", r#"{"shipping":{"name":7}}"#, 422),
        ("/v1/setup_intents", r#"{"usage":"sometimes"}"#, 422),
        ("/v1/setup_intents", r#"{"payment_method_data":{}}"#, 422),
        (
            "/v1/setup_intents/seti_1",
            r#"{"payment_method_data":{}}"#,
            422,
        ),
        (
            "/v1/setup_intents/seti_1",
            r#"{"payment_method_types":"card"}"#,
            422,
        ),
        (
            "/v1/setup_intents/seti_1/confirm",
            r#"{"payment_method":"pm_1"}"#,
            422,
        ),
        (
            "/v1/setup_intents/seti_1/confirm",
            r#"{"payment_method":"pm_1","return_url":"https://shop.example"}"#,
            200,
        ),
    ];
    for (path, body, expected) in cases {
        let (status, text) = post(prism, path, body).await;
        assert_eq!(status, expected, "POST {path} {body}: {text}");
    }
}

#[tokio::test]
async fn the_save_card_example_runs() {
    let prism = contract_prism();
    if let Err(error) = prism_save_card_example::run(prism.base_url(), "sk_test_x").await {
        panic!(
            "the example failed: {error}\n--- Prism's output:\n{}",
            prism.output()
        );
    }
}
