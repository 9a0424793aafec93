//! Contract tests of beneficiaries, payouts, charges, files, issuing authorizations and events:
//! the generated client against Prism, in both of the suite's modes. Every request test runs
//! against the Prism mocking the normalized document (`generated-client/openapi.json`, request
//! and response validation on) and against the one mocking the specs as written (merged, not
//! normalized; requests validated), so a request the normalizer's widening lets through but the
//! specs refuse fails too. Responses Prism invents from the schemas (`Prefer: dynamic=true`)
//! come from the normalized document only (as written, Apifox's `x-apifox-refs` responses read
//! as unconstrained objects to other tools).

use futures_util::TryStreamExt;
use serde_json::{json, Value};
use wooshpay::{
    BeneficiaryData, BeneficiaryDestination, BeneficiaryDestinationDestinationType, CreatePayout,
    Dispute, DisputeStatus, EventType, IssuingAuthorization, ListCharges,
    ListIssuingAuthorizations, ListRequestCreated, PayoutStatus, PayoutType, PayoutVpa,
    UpdatePayout,
};
use wooshpay_tests::contract::{both_prisms, client, dynamic_client, ok, open_response, post_json};
use wooshpay_tests::prism::{self, Prism};

/// The example users run against Prism (`cargo run -p wooshpay --example prism_payout`).
#[allow(dead_code)]
#[path = "../../xtask/extras/examples/prism_payout.rs"]
mod prism_payout_example;

/// A field of a response as JSON (independent of whether the type makes it an `Option`).
fn field<T: serde::Serialize>(value: &T, name: &str) -> Value {
    serde_json::to_value(value).expect("serializes")[name].clone()
}

/// A new beneficiary paid over UPI, as in the create-payout page's example.
fn upi_beneficiary() -> BeneficiaryData {
    BeneficiaryData {
        entity: None,
        destination_data: BeneficiaryDestination {
            destination_type: BeneficiaryDestinationDestinationType::Upi,
            upi: Some(PayoutVpa {
                vpa: Some("8276831583@axl".into()),
                phone_number: Some("91-8276831583".into()),
            }),
            bank_account: None,
            card: None,
            carrier_billing: None,
            alipay: None,
            imps: None,
            mobile_money: None,
        },
        nickname: Some("test1".into()),
        metadata: None,
        livemode: None,
    }
}

#[tokio::test]
async fn beneficiary_create_and_retrieve_match_the_contract() {
    for (mode, prism) in both_prisms() {
        let client = client(prism);
        let created = ok(
            client
                .beneficiaries()
                .create(&prism_payout_example::beneficiary_body())
                .await,
            &format!("beneficiary create ({mode})"),
            prism,
        );
        // Prism answers with the spec's example: the beneficiary of the create-payout page.
        assert_eq!(field(&created, "id"), "bf_1854477747879936000", "{mode}");
        assert_eq!(
            created.destination_data.destination_type,
            BeneficiaryDestinationDestinationType::Upi,
            "{mode}"
        );
        assert_eq!(
            created
                .destination_data
                .imps
                .as_ref()
                .and_then(|i| i.vpa.as_deref()),
            Some("8276831583@axl"),
            "{mode}"
        );
        ok(
            client.beneficiaries().create(&upi_beneficiary()).await,
            &format!("beneficiary create without an entity ({mode})"),
            prism,
        );
        let retrieved = ok(
            client
                .beneficiaries()
                .retrieve("bf_1854477747879936000")
                .await,
            &format!("beneficiary retrieve ({mode})"),
            prism,
        );
        assert_eq!(retrieved.nickname.as_deref(), Some("test1"), "{mode}");
        // The example's `created` is in milliseconds.
        assert_eq!(field(&retrieved, "created"), 1731033691000i64, "{mode}");
    }
}

#[tokio::test]
async fn payout_create_retrieve_update_match_the_contract() {
    for (mode, prism) in both_prisms() {
        let client = client(prism);
        let payouts = client.payouts();
        // To a saved beneficiary...
        let to_saved = CreatePayout {
            beneficiary: Some("bf_1854477747879936000".into()),
            payment_amount: Some(5000),
            payment_currency: Some("USD".into()),
            source_currency: Some("USD".into()),
            r#type: Some(PayoutType::Global),
            payment_intents: Some(vec!["pi_1604012360740110336".into()]),
            metadata: Some([("invoice".to_owned(), json!("2024-117"))].into()),
            merchant_payout_id: Some("inv-2024-117".into()),
            description: Some("Invoice 2024-117".into()),
            ..Default::default()
        };
        let created = ok(
            payouts.create(&to_saved).await,
            &format!("payout create ({mode})"),
            prism,
        );
        assert_eq!(field(&created, "id"), "po_1854715844924276736", "{mode}");
        assert_eq!(created.status, Some(PayoutStatus::Pending), "{mode}");
        assert_eq!(created.payment_amount, Some(124000), "{mode}");
        let paid = created.beneficiary_data.expect("the example embeds it");
        assert_eq!(field(&paid, "object"), "beneficiary", "{mode}");
        // ...and to a new one given inline, as the page's example does.
        let inline = CreatePayout {
            payment_amount: Some(124000),
            source_amount: Some(10000),
            payment_currency: Some("INR".into()),
            source_currency: Some("INR".into()),
            beneficiary_data: Some(upi_beneficiary()),
            ..Default::default()
        };
        ok(
            payouts.create(&inline).await,
            &format!("payout create with beneficiary_data ({mode})"),
            prism,
        );
        ok(
            payouts.create(&CreatePayout::default()).await,
            &format!("empty payout create ({mode})"),
            prism,
        );

        let retrieved = ok(
            payouts.retrieve("po_1854715844924276736").await,
            &format!("payout retrieve ({mode})"),
            prism,
        );
        assert_eq!(retrieved.source_currency.as_deref(), Some("INR"), "{mode}");

        let update = UpdatePayout {
            metadata: Some([("key1".to_owned(), json!("value1"))].into()),
        };
        let updated = ok(
            payouts.update("po_1854715844924276736", &update).await,
            &format!("payout update ({mode})"),
            prism,
        );
        assert_eq!(updated.metadata, update.metadata, "{mode}");
        ok(
            payouts
                .update("po_1854715844924276736", &UpdatePayout::default())
                .await,
            &format!("empty payout update ({mode})"),
            prism,
        );
    }
}

#[tokio::test]
async fn charges_match_the_contract() {
    for (mode, prism) in both_prisms() {
        let client = client(prism);
        let charges = client.charges();
        // No page shows a charge: Prism answers from the Charge schema, which must decode.
        open_response(
            charges.retrieve("ch_1").await,
            &format!("charge retrieve ({mode})"),
            prism,
        );
        let filters = ListCharges {
            customer: Some("cus_1953770230215868416".into()),
            created: Some(ListRequestCreated {
                gte: Some("1754477408000".into()),
                ..Default::default()
            }),
            limit: Some(3),
            ..Default::default()
        };
        ok(
            charges.list(&filters).await,
            &format!("charge list ({mode})"),
            prism,
        );
        ok(
            charges.list(&ListCharges::default()).await,
            &format!("charge list without filters ({mode})"),
            prism,
        );
        // The stream's first page (the schema-made pages all say `has_more`, with the same
        // items: walking on would find a cursor cycle, as it should).
        ok(
            charges.list_all(&filters).try_next().await,
            &format!("charge list_all ({mode})"),
            prism,
        );
    }
}

#[tokio::test]
async fn file_retrieve_matches_the_contract() {
    for (mode, prism) in both_prisms() {
        let client = client(prism);
        let file = ok(
            client.files().retrieve("file_xxxxxxxxxxxxxx").await,
            &format!("file retrieve ({mode})"),
            prism,
        );
        assert_eq!(file.purpose.as_deref(), Some("dispute_evidence"), "{mode}");
        assert_eq!(file.size, Some(9863), "{mode}");
        assert_eq!(file.title, None, "{mode}: `title` is null in the example");
        assert_eq!(file.url.as_deref(), Some("https://files.com"), "{mode}");
    }
}

#[tokio::test]
async fn issuing_authorizations_match_the_contract() {
    for (mode, prism) in both_prisms() {
        let client = client(prism);
        let authorizations = client.issuing_authorizations();
        open_response(
            authorizations.retrieve("iauth_1").await,
            &format!("authorization retrieve ({mode})"),
            prism,
        );
        // Every query parameter of the page, `created[...]` and `limit` as the strings it types.
        let filters = ListIssuingAuthorizations {
            card: Some("ic_1".into()),
            cardholder: Some("ich_1".into()),
            status: Some("pending".into()),
            created_gt: Some("1668688178000".into()),
            created_gte: Some("1668688178000".into()),
            created_lt: Some("1754477408000".into()),
            created_lte: Some("1754477408000".into()),
            ending_before: Some("iauth_0".into()),
            limit: Some("3".into()),
            ..Default::default()
        };
        let page: wooshpay::ListIssuingAuthorizationsResponse = ok(
            authorizations.list(&filters).await,
            &format!("authorization list ({mode})"),
            prism,
        );
        let first: Option<IssuingAuthorization> = ok(
            authorizations
                .list_all(&ListIssuingAuthorizations::default())
                .try_next()
                .await,
            &format!("authorization list_all ({mode})"),
            prism,
        );
        let _ = (page, first);
    }
}

#[tokio::test]
async fn event_retrieve_matches_the_contract() {
    for (mode, prism) in both_prisms() {
        let client = client(prism);
        let event = ok(
            client.events().retrieve("evt_1593219809108033536").await,
            &format!("event retrieve ({mode})"),
            prism,
        );
        assert_eq!(field(&event, "id"), "evt_1593219809108033536", "{mode}");
        // Milliseconds, as every event example gives.
        assert_eq!(field(&event, "created"), 1668688178000i64, "{mode}");
        // `data.object` is the object the event is about: here a dispute, which decodes as one.
        let object = event.data.object;
        let dispute: Dispute = serde_json::from_value(Value::Object(object.into_iter().collect()))
            .expect("the event's object is a dispute");
        assert_eq!(dispute.status, Some(DisputeStatus::Lost), "{mode}");
    }
}

/// Prism invents values for every response (nulls, absent optionals, every enum value); every
/// one must decode.
#[tokio::test]
async fn schema_generated_responses_decode() {
    let prism = Prism::shared();
    let client = dynamic_client(prism);
    for _ in 0..10 {
        ok(
            client.beneficiaries().create(&upi_beneficiary()).await,
            "beneficiary create (dynamic)",
            prism,
        );
        ok(
            client.beneficiaries().retrieve("bf_1").await,
            "beneficiary retrieve (dynamic)",
            prism,
        );
        ok(
            client.payouts().create(&CreatePayout::default()).await,
            "payout create (dynamic)",
            prism,
        );
        ok(
            client.payouts().retrieve("po_1").await,
            "payout retrieve (dynamic)",
            prism,
        );
        ok(
            client
                .payouts()
                .update("po_1", &UpdatePayout::default())
                .await,
            "payout update (dynamic)",
            prism,
        );
        ok(
            client.charges().retrieve("ch_1").await,
            "charge retrieve (dynamic)",
            prism,
        );
        ok(
            client.charges().list(&ListCharges::default()).await,
            "charge list (dynamic)",
            prism,
        );
        ok(
            client.files().retrieve("file_1").await,
            "file retrieve (dynamic)",
            prism,
        );
        ok(
            client.issuing_authorizations().retrieve("iauth_1").await,
            "authorization retrieve (dynamic)",
            prism,
        );
        ok(
            client
                .issuing_authorizations()
                .list(&ListIssuingAuthorizations::default())
                .await,
            "authorization list (dynamic)",
            prism,
        );
        let event = ok(
            client.events().retrieve("evt_1").await,
            "event retrieve (dynamic)",
            prism,
        );
        if let Some(EventType::Unknown(other)) = &event.r#type {
            panic!("Prism only picks listed event types, got {other:?}");
        }
    }
}

/// Prism refuses bodies that break the specs, so the passing calls above mean something: a
/// beneficiary without its required destination, a destination without its type, an entity
/// without its type, a payout amount as a string, an update's metadata as a string; and a payout
/// `type` the page does not list, which the client's open enum sends as given. Both documents
/// refuse them all (the normalizer once appended `null` to optional enums, and Prism stopped
/// validating such bodies).
#[tokio::test]
async fn prism_refuses_bodies_that_break_the_specs() {
    let cases = [
        ("/v1/beneficiaries", r#"{"nickname":"x"}"#),
        (
            "/v1/beneficiaries",
            r#"{"destination_data":{"bank_account":{}}}"#,
        ),
        (
            "/v1/beneficiaries",
            r#"{"entity":{"individual":{}},"destination_data":{"destination_type":"card"}}"#,
        ),
        ("/v1/payouts", r#"{"payment_amount":"1000"}"#),
        ("/v1/payouts", r#"{"type":"weekly"}"#),
        ("/v1/payouts/po_1", r#"{"metadata":"key1=value1"}"#),
    ];
    for (mode, prism) in both_prisms() {
        for (path, body) in cases {
            let (status, text) = post_json(prism, path, body).await;
            assert_eq!(status, 422, "{mode}: {path} {body}: {text}");
        }
        let (status, text) = post_json(
            prism,
            "/v1/beneficiaries",
            r#"{"destination_data":{"destination_type":"card"}}"#,
        )
        .await;
        assert_eq!(
            status, 200,
            "{mode}: the smallest beneficiary passes: {text}"
        );
    }
    let as_written = Prism::shared_as_written();
    let error = client(as_written)
        .payouts()
        .create(&CreatePayout {
            r#type: Some(PayoutType::Unknown("weekly".into())),
            ..Default::default()
        })
        .await
        .expect_err("a payout type the spec does not list is refused");
    assert_eq!(error.status(), Some(422), "{error}");
}

/// A copy of the normalized document in which the given creates require an `Idempotency-Key`
/// header matching `pattern`.
fn document_requiring_idempotency_keys(paths: &[&str], pattern: &str) -> tempfile::TempDir {
    let mut document: Value = serde_json::from_slice(
        &std::fs::read(prism::generated_document()).expect("generated-client/openapi.json exists"),
    )
    .expect("the normalized document is JSON");
    for path in paths {
        let pointer = format!("/paths/{}/post/parameters", path.replace('/', "~1"));
        document
            .pointer_mut(&pointer)
            .and_then(Value::as_array_mut)
            .unwrap_or_else(|| panic!("{pointer} is a parameter list"))
            .push(json!({
                "name": "Idempotency-Key", "in": "header", "required": true,
                "schema": {"type": "string", "pattern": pattern}
            }));
    }
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("openapi.json"),
        serde_json::to_vec_pretty(&document).expect("serializes"),
    )
    .expect("writes the document");
    dir
}

/// Beneficiary and payout creates carry an idempotency key (integrations send one on payouts):
/// the caller's when given, else a fresh UUID per call; a create without one is refused by a
/// document that requires it.
#[tokio::test]
async fn beneficiary_and_payout_creates_send_an_idempotency_key() {
    let pattern =
        "^(payout-inv-2024-117|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$";
    let creates = ["/v1/beneficiaries", "/v1/payouts"];
    let dir = document_requiring_idempotency_keys(&creates, pattern);
    let strict = Prism::start(&dir.path().join("openapi.json"));
    let client = client(&strict);
    ok(
        client
            .payouts()
            .create(&CreatePayout::default())
            .idempotency_key("payout-inv-2024-117")
            .await,
        "payout create with the caller's key",
        &strict,
    );
    ok(
        client.payouts().create(&CreatePayout::default()).await,
        "payout create with a generated key",
        &strict,
    );
    ok(
        client.beneficiaries().create(&upi_beneficiary()).await,
        "beneficiary create with a generated key",
        &strict,
    );
    let error = client
        .payouts()
        .create(&CreatePayout::default())
        .idempotency_key("not-this-one")
        .await
        .expect_err("Prism refuses a key that does not match");
    assert_eq!(error.status(), Some(422), "{error}");
    for path in creates {
        let (status, text) = post_json(
            &strict,
            path,
            r#"{"destination_data":{"destination_type":"card"}}"#,
        )
        .await;
        assert_eq!(status, 422, "{path} without a key: {text}");
    }
}

/// The example program (`xtask/extras/examples/prism_payout.rs`, copied into the crate's
/// examples) runs against both Prisms.
#[tokio::test]
async fn the_payout_example_runs_against_prism() {
    for (mode, prism) in both_prisms() {
        if let Err(error) = prism_payout_example::run(prism.base_url(), "sk_test_x").await {
            panic!(
                "the prism_payout example failed ({mode}): {error}\n--- Prism's output:\n{}",
                prism.output()
            );
        }
    }
}
