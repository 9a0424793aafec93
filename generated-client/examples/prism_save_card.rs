// Copied from the generator's extras (extras) by `cargo xtask regenerate`; edit it there.

//! Saving a card against a mock server, then paying with it while the customer is away: create
//! a customer, start a SetupIntent for them, confirm it with a card payment method, find the
//! saved card among the customer's payment methods, and charge it off-session with a
//! PaymentIntent confirmed at once (naming the card with `Call::extra`, the spec having no
//! field for it).
//!
//! Start Prism on the crate's normalized OpenAPI document, from the crate's folder (Node.js
//! needed; the same release the repository's contract tests pin in `tests/prism`):
//!
//! ```sh
//! npx --yes @stoplight/prism-cli@5.16.0 mock --errors -h 127.0.0.1 -p 4010 openapi.json
//! ```
//!
//! then, in another terminal, from the same folder:
//!
//! ```sh
//! cargo run --example prism_save_card
//! ```
//!
//! `WOOSHPAY_BASE_URL` chooses the server (default `http://127.0.0.1:4010`) and
//! `WOOSHPAY_SECRET_KEY` the key (default `sk_test_x`; Prism only checks that one is sent).
//! Prism answers with the specs' examples, so the IDs printed are theirs.
//!
//! Against WooshPay itself, collect card details in the browser (Checkout in `setup` mode or
//! the JS SDK) rather than on your server: posting a card number from your server puts it in
//! PCI-DSS SAQ D scope.

use std::time::Duration;

use wooshpay::{
    Client, ConfirmSetupIntent, CreateCustomer, CreatePaymentIntent, CreatePaymentMethod,
    CreatePaymentMethodCard, CreateSetupIntent, ListCustomerPaymentMethods, PaymentIntentStatus,
    PaymentMethod, PaymentMethodDataType, SetupIntentUsage,
};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url =
        std::env::var("WOOSHPAY_BASE_URL").unwrap_or_else(|_| "http://127.0.0.1:4010".to_owned());
    let secret_key =
        std::env::var("WOOSHPAY_SECRET_KEY").unwrap_or_else(|_| "sk_test_x".to_owned());
    run(&base_url, &secret_key).await
}

/// Saves a card for a new customer and charges it off-session on the server at `base_url`.
pub async fn run(base_url: &str, secret_key: &str) -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder(secret_key)
        .base_url(base_url)
        .timeout(Duration::from_secs(10))
        .max_retries(1)
        .build()?;
    let user_id = "user-42";

    // 1. The customer the card is saved to (the guides recommend an email). The merchant's user
    //    ID as idempotency key: a retried call cannot create a second customer.
    let customer = client
        .customers()
        .create(&CreateCustomer {
            email: Some("jane@example.com".into()),
            name: Some("Jane Doe".into()),
            metadata: Some(
                [("merchant_user_id".to_owned(), user_id.into())]
                    .into_iter()
                    .collect(),
            ),
            ..Default::default()
        })
        .idempotency_key(format!("customer-{user_id}"))
        .await?;
    let customer_id = customer.id.clone();
    println!("customer {customer_id} ({:?})", customer.email);

    // 2. A SetupIntent: a card for this customer, to be used when they are not there.
    let setup = client
        .setup_intents()
        .create(&CreateSetupIntent {
            customer: Some(customer_id.clone()),
            payment_method_types: Some(vec!["card".into()]),
            usage: Some(SetupIntentUsage::OffSession),
            ..Default::default()
        })
        .await?;
    let setup_id = setup.id.clone();
    println!("setup intent {setup_id}: {:?}", setup.status);

    // 3. The card, as a payment method, and the SetupIntent confirmed with it.
    let card = client
        .payment_methods()
        .create(&CreatePaymentMethod {
            r#type: PaymentMethodDataType::Card,
            card: Some(CreatePaymentMethodCard {
                number: Some("4111111111111111".into()),
                exp_month: Some(3),
                exp_year: Some(2027),
                cvc: Some("123".into()),
                name: Some("Jane Doe".into()),
                ..Default::default()
            }),
            billing_details: None,
            metadata: None,
        })
        .await?;
    let card_id = card.id.clone();
    let confirmed = client
        .setup_intents()
        .confirm(
            &setup_id,
            &ConfirmSetupIntent {
                payment_method: Some(card_id.clone()),
                customer: Some(customer_id.clone()),
                usage: Some(SetupIntentUsage::OffSession),
                return_url: "https://shop.example/cards/saved".into(),
                description: None,
                metadata: None,
                payment_method_options: None,
                payment_method_data: None,
            },
        )
        .await?;
    match confirmed.status.as_deref() {
        Some("succeeded") => println!("card {card_id} saved"),
        other => {
            // 3D Secure: send the customer to the page, wait for `setup_intent.succeeded`.
            let url = confirmed
                .next_action
                .and_then(|a| a.challenge_redirect)
                .and_then(|r| r.url);
            return Err(format!("the setup is {other:?}; the customer must visit {url:?}").into());
        }
    }

    // 4. Later: the customer's saved cards (every page), the one saved above among them.
    let saved: Vec<PaymentMethod> = client
        .payment_methods()
        .list_for_customer_all(
            &customer_id,
            &ListCustomerPaymentMethods {
                r#type: Some("card".into()),
                ..Default::default()
            },
        )
        .try_collect()
        .await?;
    for method in &saved {
        let card = method.card.as_ref();
        println!(
            "saved: {:?} {:?} ending {:?}",
            method.id,
            card.and_then(|c| c.brand.as_deref()),
            card.and_then(|c| c.last4.as_deref())
        );
    }

    // 5. Charge the saved card while the customer is away: a PaymentIntent confirmed in the
    //    same call, off-session (spelled `off-session` as on the page). The pages show no
    //    `payment_method` field on a PaymentIntent's create (the excerpt is cut off; the
    //    save-card guide keeps (customer, payment method) pairs "for future charges"), so the
    //    saved card goes in as an extra body field. The order ID as idempotency key.
    let payment = client
        .payment_intents()
        .create(&CreatePaymentIntent {
            customer: Some(customer_id.clone()),
            confirm: Some(true),
            off_session: Some(true),
            merchant_order_id: Some("order-6736".into()),
            merchant_user_id: Some(user_id.into()),
            ..CreatePaymentIntent::new(1999, "USD")
        })
        .extra("payment_method", &card_id)
        .idempotency_key("charge-order-6736")
        .await?;
    match payment.status {
        Some(PaymentIntentStatus::Succeeded) => {
            println!(
                "paid {} {} off-session: {:?}",
                payment.amount, payment.currency, payment.id
            )
        }
        // An off-session payment the bank wants authenticated: bring the customer back.
        Some(PaymentIntentStatus::RequiresAction) => println!("ask the customer to authenticate"),
        other => println!("payment {:?}: {other:?}", payment.id),
    }
    Ok(())
}
