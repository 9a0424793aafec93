//! Paying someone out against a mock server: save a beneficiary (a person and their bank
//! account), send a payout to it, follow the payout's status and label it with metadata.
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
//! cargo run --example prism_payout
//! ```
//!
//! `WOOSHPAY_BASE_URL` chooses the server (default `http://127.0.0.1:4010`) and
//! `WOOSHPAY_SECRET_KEY` the key (default `sk_test_x`; Prism only checks that one is sent).
//! Prism answers with the examples of WooshPay's pages, so the IDs printed are theirs.

use std::time::Duration;

use wooshpay::{
    Address, BeneficiaryData, BeneficiaryDestination, BeneficiaryDestinationDestinationType,
    BeneficiaryEntity, BeneficiaryEntityType, BeneficiaryIndividual,
    BeneficiaryIndividualAdditionalInfo, Client, CreatePayout, PayoutBankAccount, PayoutStatus,
    UpdatePayout,
};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url =
        std::env::var("WOOSHPAY_BASE_URL").unwrap_or_else(|_| "http://127.0.0.1:4010".to_owned());
    let secret_key =
        std::env::var("WOOSHPAY_SECRET_KEY").unwrap_or_else(|_| "sk_test_x".to_owned());
    run(&base_url, &secret_key).await
}

/// The person paid and the US bank account the money goes to.
pub fn beneficiary_body() -> BeneficiaryData {
    BeneficiaryData {
        entity: Some(BeneficiaryEntity {
            r#type: BeneficiaryEntityType::Individual,
            individual: Some(BeneficiaryIndividual {
                address: Some(Address {
                    line1: Some("422 Ave".into()),
                    city: Some("Seattle".into()),
                    state: Some("Washington".into()),
                    postal_code: Some("98109".into()),
                    country: Some("US".into()),
                    ..Default::default()
                }),
                additional_info: Some(BeneficiaryIndividualAdditionalInfo {
                    first_name: Some("Jane".into()),
                    last_name: Some("Doe".into()),
                    email: Some("jane@example.com".into()),
                    ..Default::default()
                }),
            }),
            company_registered_name: None,
            business: None,
        }),
        destination_data: BeneficiaryDestination {
            destination_type: BeneficiaryDestinationDestinationType::BankAccount,
            bank_account: Some(PayoutBankAccount {
                country: Some("US".into()),
                currency: Some("USD".into()),
                bank_name: Some("Bank of America".into()),
                swift: Some("ABOCUSSE080".into()),
                routing_number: Some("1051000017".into()),
                account_number: Some("123123123".into()),
                account_holder_name: Some("Jane Doe".into()),
                account_holder_type: Some("individual".into()),
                ..Default::default()
            }),
            card: None,
            carrier_billing: None,
            alipay: None,
            imps: None,
            upi: None,
            mobile_money: None,
        },
        nickname: Some("jane-doe-usd".into()),
        metadata: None,
        livemode: None,
    }
}

/// Saves a beneficiary and pays 50.00 USD out to it on the server at `base_url`.
pub async fn run(base_url: &str, secret_key: &str) -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder(secret_key)
        .base_url(base_url)
        .timeout(Duration::from_secs(10))
        .max_retries(1)
        .build()?;

    // 1. The beneficiary, saved once and paid as often as needed. A retried create with the same
    // idempotency key cannot save it twice.
    let beneficiary = client
        .beneficiaries()
        .create(&beneficiary_body())
        .idempotency_key("beneficiary-jane-doe")
        .await?;
    println!(
        "beneficiary {} ({:?}): pays out to a {}",
        beneficiary.id, beneficiary.nickname, beneficiary.destination_data.destination_type
    );
    let beneficiary_id = beneficiary.id.clone();

    // 2. The payout to it: 5000 cents, funded and received in USD; the invoice number is the
    // idempotency key and the merchant reference.
    let payout = client
        .payouts()
        .create(&CreatePayout {
            beneficiary: Some(beneficiary_id.clone()),
            payment_amount: Some(5000),
            payment_currency: Some("USD".into()),
            source_currency: Some("USD".into()),
            description: Some("Invoice 2024-117".into()),
            merchant_payout_id: Some("inv-2024-117".into()),
            ..Default::default()
        })
        .idempotency_key("payout-inv-2024-117")
        .await?;
    println!(
        "payout {}: {:?}, {:?} {:?}",
        payout.id, payout.status, payout.payment_amount, payout.payment_currency
    );
    let payout_id = payout.id.clone();

    // 3. Later: where the payout stands (pending → in_transit → paid, or failed / canceled).
    let payout = client.payouts().retrieve(&payout_id).await?;
    match payout.status {
        Some(PayoutStatus::Paid) => println!("payout {payout_id} arrived"),
        Some(PayoutStatus::Failed) | Some(PayoutStatus::Canceled) => {
            println!("payout {payout_id} did not go through: {:?}", payout.status)
        }
        other => println!("payout {payout_id} is on its way: {other:?}"),
    }

    // 4. Label it for the books.
    let updated = client
        .payouts()
        .update(
            &payout_id,
            &UpdatePayout {
                metadata: Some(
                    [("invoice".to_owned(), serde_json::json!("2024-117"))]
                        .into_iter()
                        .collect(),
                ),
            },
        )
        .await?;
    println!("payout {} metadata: {:?}", updated.id, updated.metadata);
    Ok(())
}
