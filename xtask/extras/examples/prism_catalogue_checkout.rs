//! Selling from a catalogue against a mock server: create a product, give it a price, sell it
//! through a hosted Checkout Session, then read the price back (its product comes as an ID or
//! as the whole object: `Expandable`).
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
//! cargo run --example prism_catalogue_checkout
//! ```
//!
//! `WOOSHPAY_BASE_URL` chooses the server (default `http://127.0.0.1:4010`) and
//! `WOOSHPAY_SECRET_KEY` the key (default `sk_test_x`; Prism only checks that one is sent).
//! Prism answers with the examples of WooshPay's pages where they have one and with values
//! made from the schemas where not, so the IDs printed are Prism's.

use std::time::Duration;

use wooshpay::{
    BillingScheme, Client, CreatePrice, CreateProduct, CreateSession, CreateSessionLineItemsItem,
    CreateSessionLineItemsItemPriceData, Expandable,
};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url =
        std::env::var("WOOSHPAY_BASE_URL").unwrap_or_else(|_| "http://127.0.0.1:4010".to_owned());
    let secret_key =
        std::env::var("WOOSHPAY_SECRET_KEY").unwrap_or_else(|_| "sk_test_x".to_owned());
    run(&base_url, &secret_key).await
}

/// Creates a product and its price on the server at `base_url` and sells it through Checkout.
pub async fn run(base_url: &str, secret_key: &str) -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder(secret_key)
        .base_url(base_url)
        .timeout(Duration::from_secs(10))
        .max_retries(1)
        .build()?;

    // 1. The product: what is sold.
    let product = client
        .products()
        .create(&CreateProduct {
            name: "Apple box".into(),
            description: Some("Six apples from the orchard".into()),
            active: Some(true),
            url: Some("https://shop.example/apple-box".into()),
            images: Some(vec!["https://shop.example/apple-box.png".into()]),
            metadata: None,
        })
        .idempotency_key("product-apple-box")
        .await?;
    let product_id = product.id.clone();
    println!("product {product_id}: {:?}", product.name);

    // 2. Its price: 20.00 USD, paid once. WooshPay's pages give a price's amount as a number in
    // some places and as a string of digits in others: the client reads both into an `i64` and
    // sends a number.
    let price = client
        .prices()
        .create(&CreatePrice {
            product: Some(product_id.clone()),
            currency: Some("USD".into()),
            unit_amount: Some(2000),
            billing_scheme: Some(BillingScheme::PerUnit),
            lookup_key: Some("apple_box".into()),
            ..Default::default()
        })
        .idempotency_key("price-apple-box")
        .await?;
    let currency = price.currency.clone().unwrap_or_else(|| "USD".to_owned());
    let unit_amount = price.unit_amount.unwrap_or(2000);
    println!(
        "price {:?}: {unit_amount} {currency} ({:?})",
        price.id, price.r#type
    );

    // 3. A hosted payment page selling two of them. Checkout takes the price as `price_data`
    // naming the product.
    let session = client
        .checkout_sessions()
        .create(&CreateSession {
            mode: Some("payment".into()),
            line_items: Some(vec![CreateSessionLineItemsItem {
                quantity: Some(2),
                price_data: Some(CreateSessionLineItemsItemPriceData {
                    currency: Some(currency.clone()),
                    unit_amount: Some(unit_amount),
                    product: Some(product_id.clone()),
                    lookup_key: price.lookup_key.clone(),
                    ..Default::default()
                }),
            }]),
            ..CreateSession::new("https://shop.example/cart", "https://shop.example/thanks")
        })
        .idempotency_key("checkout-apple-box-1")
        .await?;
    println!(
        "checkout session {}: send the customer to {:?}",
        session.id, session.url
    );

    // 4. The price as the API returns it: the product is an ID or the whole product.
    let price_id = price.id.clone();
    let price = client.prices().retrieve(&price_id).await?;
    match &price.product {
        Some(Expandable::Id(id)) => println!("price {price_id} is for product {id}"),
        Some(Expandable::Object(product)) => println!(
            "price {price_id} is for product {} ({})",
            product.id, product.name
        ),
        None => println!("price {price_id} names no product"),
    }
    if price.unit_amount.is_none() {
        return Err(format!("price {price_id} has no unit amount").into());
    }
    Ok(())
}
