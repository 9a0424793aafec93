//! The examples of the catalogue and billing resources (products, prices, coupons, promotion
//! codes, payment links, invoices, subscriptions, subscription items) decode into the generated
//! types and encode back, and so does every form the pages document for the fields they
//! disagree on: a price's `product` as an ID and as the whole product; `unit_amount`,
//! `interval_count`, a line item's `amount_subtotal`, `amount_total` and `quantity` as numbers
//! and as strings of digits; values outside the listed enums.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};
use wooshpay::{
    BillingScheme, Coupon, CouponDuration, CreatePrice, CreateProduct, CreatePromotionCode,
    CreateSubscription, CreateSubscriptionItem, Expandable, Invoice, ListInvoicesResponse,
    ListPaymentLinks, ListWebhooks, PaymentLink, PaymentLinkAfterCompletionType,
    PaymentLinkBillingAddressCollection, PaymentLinkLineItem, PaymentLinkLineItems, Price,
    PriceRecurringInterval, PriceRecurringUsageType, PriceType, Product, PromotionCode,
    Subscription, SubscriptionItem, UpdatePaymentLink, UpdateSubscription,
};
use wooshpay_codegen::{load, Limits};

/// Wire names of the fields the pages give as numbers in one place and as strings of digits in
/// another: they decode from both and are sent as numbers.
const NUMBER_OR_DIGITS: &[&str] = &[
    "unit_amount",
    "interval_count",
    "amount_subtotal",
    "amount_total",
    "quantity",
    "expires_at",
];

/// Whether `back` (what a decoded example encodes to) says what `example` says: the same JSON,
/// except that `null` members are left out (optional fields are skipped when `None`), numbers
/// compare by value (`0` and `0.0`: `percent_off` is an `f64`), and a string of digits in one
/// of [`NUMBER_OR_DIGITS`] may come back as that number. Returns the first difference's path.
fn same(example: &Value, back: &Value, at: &str) -> Result<(), String> {
    match (example, back) {
        (Value::Object(e), Value::Object(b)) => {
            for (key, value) in e.iter().filter(|(_, v)| !v.is_null()) {
                let here = format!("{at}/{key}");
                let Some(other) = b.get(key) else {
                    return Err(format!("{here}: dropped"));
                };
                let digits = NUMBER_OR_DIGITS.contains(&key.as_str());
                match (value, other) {
                    (Value::String(s), Value::Number(n)) if digits => {
                        if s.parse::<i64>().ok() != n.as_i64() {
                            return Err(format!("{here}: {s:?} came back as {n}"));
                        }
                    }
                    _ => same(value, other, &here)?,
                }
            }
            match b.keys().find(|k| e.get(*k).is_none_or(Value::is_null)) {
                Some(extra) => Err(format!("{at}/{extra}: added")),
                None => Ok(()),
            }
        }
        (Value::Array(e), Value::Array(b)) if e.len() == b.len() => e
            .iter()
            .zip(b)
            .enumerate()
            .try_for_each(|(i, (e, b))| same(e, b, &format!("{at}/{i}"))),
        (Value::Number(e), Value::Number(b)) if e.as_f64() == b.as_f64() => Ok(()),
        (e, b) if e == b => Ok(()),
        (e, b) => Err(format!("{at}: {e} came back as {b}")),
    }
}

/// Decodes `example` as a `T`, encodes it again and checks nothing was lost; returns the value.
fn round_trip<T: DeserializeOwned + Serialize>(example: &Value, what: &str) -> T {
    let typed: T = serde_json::from_value(example.clone())
        .unwrap_or_else(|e| panic!("{what}: does not decode: {e}\n{example:#}"));
    let back = serde_json::to_value(&typed).expect("encodes");
    if let Err(difference) = same(example, &back, "") {
        panic!("{what}: does not encode back to the same JSON: {difference}\nexample: {example:#}\nback: {back:#}");
    }
    typed
}

/// A round trip through one type, as a function pointer for the table below.
type Check = fn(&Value, &str);

fn check<T: DeserializeOwned + Serialize>(example: &Value, what: &str) {
    round_trip::<T>(example, what);
}

/// The type of each request body and 200 response of the catalogue's operations.
fn example_type(method: &str, path: &str, request: bool) -> Option<Check> {
    Some(match (method, path, request) {
        ("post", "/v1/products", true) => check::<CreateProduct>,
        ("post", "/v1/products", false) => check::<Product>,
        ("post", "/v1/prices", true) => check::<CreatePrice>,
        (_, "/v1/prices" | "/v1/prices/{id}", false) => check::<Price>,
        ("post", "/v1/coupons", true) => check::<wooshpay::CreateCoupon>,
        (_, "/v1/coupons" | "/v1/coupons/{id}", false) => check::<Coupon>,
        ("post", "/v1/promotion_code", true) => check::<CreatePromotionCode>,
        ("post", "/v1/promotion_code", false) => check::<PromotionCode>,
        ("get", "/v1/payment_links", true) => check::<ListPaymentLinks>,
        ("get", "/v1/payment_links", false) => check::<wooshpay::ListPaymentLinksResponse>,
        ("post", "/v1/payment_links/{id}", true) => check::<UpdatePaymentLink>,
        (_, "/v1/payment_links/{id}", false) => check::<PaymentLink>,
        ("get", "/v1/payment_links/{id}/line_items", true) => check::<ListWebhooks>,
        ("get", "/v1/payment_links/{id}/line_items", false) => check::<PaymentLinkLineItems>,
        ("get", "/v1/invoices", false) => check::<ListInvoicesResponse>,
        ("post", "/v1/subscriptions", true) => check::<CreateSubscription>,
        ("post", "/v1/subscriptions/{id}", true) => check::<UpdateSubscription>,
        (_, "/v1/subscriptions" | "/v1/subscriptions/{id}", false) => check::<Subscription>,
        ("post", "/v1/subscription_items", true) => check::<CreateSubscriptionItem>,
        ("post", "/v1/subscription_items", false) => check::<SubscriptionItem>,
        _ => return None,
    })
}

/// The paths this file checks (`examples_roundtrip.rs` leaves them out).
const CATALOGUE: &[&str] = &[
    "/v1/products",
    "/v1/prices",
    "/v1/coupons",
    "/v1/promotion_code",
    "/v1/payment_links",
    "/v1/invoices",
    "/v1/subscriptions",
    "/v1/subscription_items",
];

#[test]
fn every_catalogue_example_in_the_specs_round_trips() {
    let specs = wooshpay_tests::workspace_root().join("specs");
    let loaded = load::load(&specs, &Limits::default()).expect("specs load");
    let mut checked = Vec::new();
    for (path, item) in loaded.document["paths"].as_object().unwrap() {
        let ours = CATALOGUE.iter().any(|prefix| {
            path.strip_prefix(prefix)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
        });
        if !ours {
            continue;
        }
        for (method, operation) in item.as_object().unwrap() {
            let examples = [
                (
                    true,
                    &operation["requestBody"]["content"]["application/json"]["example"],
                ),
                (
                    false,
                    &operation["responses"]["200"]["content"]["application/json"]["example"],
                ),
            ];
            for (request, example) in examples {
                if example.is_null() {
                    continue;
                }
                let side = if request { "request" } else { "response" };
                let what = format!("{method} {path} {side}");
                let check = example_type(method, path, request)
                    .unwrap_or_else(|| panic!("no type known for the {what}: add it here"));
                check(example, &what);
                checked.push(what);
            }
        }
    }
    checked.sort();
    // Requests: product create, price create, coupon create, promotion code create, payment
    // link list, update and line items, subscription create and update, subscription item
    // create. Responses: price retrieve, coupon retrieve, promotion code create.
    assert_eq!(
        checked,
        [
            "get /v1/payment_links request",
            "get /v1/payment_links/{id}/line_items request",
            "post /v1/coupons request",
            "post /v1/payment_links/{id} request",
            "post /v1/prices request",
            "post /v1/products request",
            "post /v1/promotion_code request",
            "post /v1/promotion_code response",
            "post /v1/subscription_items request",
            "post /v1/subscriptions request",
            "post /v1/subscriptions/{id} request",
            "get /v1/coupons/{id} response",
            "get /v1/prices/{id} response",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect::<Vec<_>>(),
        "examples checked"
    );
}

/// The price embedded in the "Cards" guide's Checkout Session (and served by the retrieve
/// spec): the product is the whole object, the amount a number.
fn guide_price() -> Value {
    json!({
        "id": "price_1766032392478261248", "object": "price", "created": 1709889908000i64,
        "livemode": false, "active": false, "currency": "USD",
        "product": {
            "id": "prod_1766032392490844160", "object": "product", "created": 1709889908000i64,
            "livemode": false, "active": false, "name": "apple", "updated": 1709889908000i64
        },
        "type": "one_time", "unit_amount": 2000, "billing_scheme": "per_unit",
        "lookup_key": "test_lookup_key"
    })
}

#[test]
fn a_price_decodes_with_its_product_as_an_id_or_as_the_product() {
    // As the checkout guides embed it.
    let price: Price = round_trip(&guide_price(), "the guide's price");
    let Some(Expandable::Object(product)) = &price.product else {
        panic!("an embedded product: {price:?}")
    };
    assert_eq!(product.name, "apple");
    assert_eq!(product.updated, Some(1709889908000));
    assert_eq!(price.unit_amount, Some(2000));
    assert_eq!(price.r#type, Some(PriceType::OneTime));
    assert_eq!(price.billing_scheme, Some(BillingScheme::PerUnit));

    // As the retrieve page types it: the product's ID; the amount as the create page types it,
    // a string of digits.
    let mut by_id = guide_price();
    by_id["product"] = json!("prod_1766032392490844160");
    by_id["unit_amount"] = json!("2000");
    by_id["recurring"] =
        json!({"interval": "month", "interval_count": "3", "usage_type": "licensed"});
    let price: Price = round_trip(&by_id, "a price naming its product by ID");
    assert_eq!(
        price.product.as_ref().and_then(Expandable::as_id),
        Some("prod_1766032392490844160")
    );
    assert_eq!(price.unit_amount, Some(2000));
    let recurring = price.recurring.expect("a recurring price");
    assert_eq!(recurring.interval, Some(PriceRecurringInterval::Month));
    assert_eq!(recurring.interval_count, Some(3));
    assert_eq!(
        recurring.usage_type,
        Some(PriceRecurringUsageType::Licensed)
    );

    // A product without its one required field is not a product: decoding says so rather than
    // taking the object for an ID.
    let mut nameless = guide_price();
    nameless["product"] = json!({"id": "prod_1"});
    assert!(serde_json::from_value::<Price>(nameless).is_err());
}

#[test]
fn the_create_price_body_reads_both_amount_forms_and_sends_a_number() {
    // The create page's placeholder example, with digits where it has `"string"` for numbers:
    // every amount and count is a string, and so is `active`.
    let page_form = json!({
        "currency": "USD", "product": "prod_1766032392490844160", "unit_amount": "2000",
        "active": "true", "metadata": {}, "nickname": "monthly", "product_data": {},
        "billing_scheme": "per_unit", "lookup_key": "monthly",
        "recurring": {"interval": "day", "interval_count": "7", "usage_type": "licensed"}
    });
    let body: CreatePrice = round_trip(&page_form, "the create page's body");
    assert_eq!(body.unit_amount, Some(2000));
    assert_eq!(body.active.as_deref(), Some("true"));
    assert_eq!(
        body.recurring.as_ref().and_then(|r| r.interval_count),
        Some(7)
    );
    // The client sends the amount as a number.
    let sent = serde_json::to_value(CreatePrice {
        unit_amount: Some(2000),
        ..Default::default()
    })
    .unwrap();
    assert_eq!(sent, json!({"unit_amount": 2000}));
}

/// The first line item of the "Cards" guide's Checkout Session, verbatim: numbers.
fn guide_line_item() -> Value {
    json!({
        "id": "li_1766032392453095424", "object": "item", "currency": "USD",
        "description": "apple", "price": guide_price(), "quantity": 1,
        "amount_subtotal": 2000, "amount_total": 2000
    })
}

#[test]
fn line_item_amounts_and_quantities_decode_as_numbers_and_as_strings() {
    let item: PaymentLinkLineItem = round_trip(&guide_line_item(), "the guide's line item");
    assert_eq!(item.amount_subtotal, Some(2000));
    assert_eq!(item.amount_total, Some(2000));
    assert_eq!(item.quantity, Some(1));

    // The line items page types the amounts and the quantity as strings, and its price with
    // the product as an ID.
    let mut page_form = guide_line_item();
    page_form["amount_subtotal"] = json!("2000");
    page_form["amount_total"] = json!("1800");
    page_form["quantity"] = json!("1");
    page_form["price"]["product"] = json!("prod_1766032392490844160");
    let item: PaymentLinkLineItem = round_trip(&page_form, "the line items page's form");
    assert_eq!(item.amount_subtotal, Some(2000));
    assert_eq!(item.amount_total, Some(1800));
    assert_eq!(item.quantity, Some(1));

    // The page's list envelope, with both forms in one page.
    let page = json!({
        "object": "list", "url": "/v1/payment_links/plink_1/line_items", "has_more": false,
        "data": [guide_line_item(), page_form]
    });
    let page: PaymentLinkLineItems = round_trip(&page, "a page of line items");
    let totals: Vec<Option<i64>> = page.data.iter().map(|i| i.amount_total).collect();
    assert_eq!(totals, [Some(2000), Some(1800)]);
}

#[test]
fn a_payment_link_decodes_with_its_line_items() {
    // The fields the retrieve page lists, with values of the enums it lists.
    let link = json!({
        "id": "plink_1", "object": "payment_link", "active": true,
        "after_completion": {"type": "redirect", "redirect": {"url": "https://shop.example/thanks"}},
        "billing_address_collection": "required", "currency": "USD", "livemode": false,
        "metadata": {}, "phone_number_collection": {"enabled": false},
        "shipping_address_collection": {"allowed_countries": ["GB", "FR"]},
        "url": "https://pay.example/plink_1",
        "line_items": {"object": "list", "url": "/v1/payment_links/plink_1/line_items",
                       "has_more": false, "data": [guide_line_item()]},
        "created": 1709889908000i64
    });
    let link: PaymentLink = round_trip(&link, "a payment link");
    let after = link.after_completion.expect("after_completion");
    assert_eq!(after.r#type, Some(PaymentLinkAfterCompletionType::Redirect));
    assert_eq!(
        after.redirect.expect("redirect")["url"],
        "https://shop.example/thanks"
    );
    assert_eq!(
        link.billing_address_collection,
        Some(PaymentLinkBillingAddressCollection::Required)
    );
    let lines = link.line_items.map(|l| l.data).unwrap_or_default();
    assert_eq!(lines[0].quantity, Some(1));
}

/// The retrieve page's response example, with digits where it has `"string"` for the week and
/// day counts.
fn coupon() -> Value {
    json!({
        "id": "string", "amount_off": 0, "currency": "string", "duration": "forever",
        "duration_in_months": 0, "duration_in_weeks": "0", "duration_in_days": "0",
        "object": "string", "created": 0, "livemode": true, "metadata": {}, "name": "string",
        "percent_off": 0, "max_redemptions": 0, "redeem_by": 0, "times_redeemed": 0,
        "valid": true, "applies_to": {"products": ["string"]}
    })
}

#[test]
fn coupons_decode_in_every_documented_form() {
    let c: Coupon = round_trip(&coupon(), "the retrieve page's coupon");
    assert_eq!(c.duration, Some(CouponDuration::Forever));
    assert_eq!(c.percent_off, Some(0.0));
    // A percentage coupon: no amount or currency (null, as the create page allows), a
    // fractional percentage, a repeating duration counted in weeks (a string on the page).
    let mut percentage = coupon();
    percentage["amount_off"] = Value::Null;
    percentage["currency"] = Value::Null;
    percentage["percent_off"] = json!(12.5);
    percentage["duration"] = json!("repeating");
    percentage["duration_in_weeks"] = json!("4");
    // The promotion code page's coupon also has the placeholder map of other currencies.
    percentage["currency_options"] = json!({"<currency>.amount_off": 0});
    let c: Coupon = round_trip(&percentage, "a percentage coupon");
    assert_eq!(c.amount_off, None);
    assert_eq!(c.percent_off, Some(12.5));
    assert_eq!(c.duration, Some(CouponDuration::Repeating));
    assert_eq!(c.duration_in_weeks, Some(4));
    assert_eq!(
        c.currency_options.expect("a map")["<currency>.amount_off"],
        0
    );
    // A duration the pages do not list still decodes, and goes back out as it came.
    let mut later = coupon();
    later["duration"] = json!("until_used");
    let c: Coupon = round_trip(&later, "a coupon with an unlisted duration");
    assert_eq!(
        c.duration,
        Some(CouponDuration::Unknown("until_used".into()))
    );
}

#[test]
fn promotion_codes_decode_with_or_without_an_expiry() {
    let code = |expires_at: Value| {
        json!({
            "id": "promo_1", "object": "promotion_code", "active": true, "code": "SPRING25",
            "coupon": coupon(), "created": 0, "customer": null, "expires_at": expires_at,
            "livemode": true, "max_redemptions": null, "metadata": {},
            "restrictions": {"first_time_transaction": true, "minimum_amount": null,
                             "minimum_amount_currency": null},
            "times_redeemed": 0
        })
    };
    // As the page's example has it: no expiry, no customer, no limits.
    let p: PromotionCode = round_trip(&code(Value::Null), "the page's promotion code");
    assert_eq!(p.expires_at, None);
    assert_eq!(p.customer, None);
    let restrictions = p.restrictions.expect("restrictions");
    assert_eq!(restrictions.first_time_transaction, Some(true));
    assert_eq!(restrictions.minimum_amount, None);
    assert_eq!(p.coupon.expect("coupon").valid, Some(true));
    // An expiry as a number, or as the string the create page types it as.
    for (form, value) in [
        ("a number", json!(1767225600)),
        ("a string", json!("1767225600")),
    ] {
        let p: PromotionCode = round_trip(&code(value), &format!("an expiry as {form}"));
        assert_eq!(p.expires_at, Some(1767225600), "{form}");
    }
}

#[test]
fn subscriptions_and_their_items_decode() {
    // The subscription item page's response fields: metadata typed string, the price embedded
    // (its product an ID, as the price pages type it).
    let mut price = guide_price();
    price["product"] = json!("prod_1766032392490844160");
    price["type"] = json!("recurring");
    price["recurring"] = json!({"interval": "month", "interval_count": 1});
    let item = json!({
        "id": "si_1942466974063788032", "object": "subscription_item", "metadata": "{}",
        "price": price, "quantity": 2, "subscription": "sub_1"
    });
    let i: SubscriptionItem = round_trip(&item, "a subscription item");
    let price = i.price.expect("price");
    assert_eq!(price.r#type, Some(PriceType::Recurring));
    assert_eq!(price.recurring.and_then(|r| r.interval_count), Some(1));

    let subscription = json!({
        "id": "sub_1", "object": "subscription", "created": 1709889908000i64, "livemode": false,
        "currency": "USD", "customer": "cus_1953770230215868416",
        "default_payment_method": null, "description": null,
        "items": {"object": "list", "url": "/v1/subscription_items", "has_more": false,
                  "data": [item]},
        "metadata": "{\"order\":\"6735\"}", "cancel_at": null, "cancel_at_period_end": false,
        "collection_method": "charge_automatically", "days_until_due": null
    });
    let s: Subscription = round_trip(&subscription, "a subscription");
    assert_eq!(
        s.items.map(|l| l.data).unwrap_or_default()[0].id,
        "si_1942466974063788032"
    );

    // The update page's example is Apifox mock data: values outside the price pages' lists
    // decode as unknown values and go back out unchanged.
    let specs = wooshpay_tests::workspace_root().join("specs");
    let loaded = load::load(&specs, &Limits::default()).expect("specs load");
    let example = &loaded.document["paths"]["/v1/subscriptions/{id}"]["post"]["requestBody"]
        ["content"]["application/json"]["example"];
    let update: UpdateSubscription = round_trip(example, "the update page's example");
    let line = &update.line_items.expect("line items")[0];
    let price_data = line.price_data.as_ref().expect("price_data");
    assert_eq!(
        price_data
            .recurring
            .as_ref()
            .and_then(|r| r.interval.clone()),
        Some(PriceRecurringInterval::Unknown(
            "interval_565d0f3c498a".into()
        ))
    );
    assert_eq!(
        price_data.billing_scheme,
        Some(BillingScheme::Unknown("billing_scheme_3828e2cd64b5".into()))
    );
    assert_eq!(price_data.unit_amount, Some(0));
}

#[test]
fn invoices_decode_as_far_as_the_pages_show_them() {
    let page = json!({
        "object": "list", "url": "/v1/invoices", "has_more": false,
        "data": [{"id": "in_1", "object": "invoice", "created": 1709889908000i64,
                  "customer": "cus_1", "subscription": "sub_1",
                  "a_field_no_page_shows": {"total": 2000}}]
    });
    let page: ListInvoicesResponse = serde_json::from_value(page).expect("decodes");
    let invoices: Vec<Invoice> = page.data;
    assert_eq!(invoices[0].subscription.as_deref(), Some("sub_1"));
}
