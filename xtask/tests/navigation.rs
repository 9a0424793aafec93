//! README.md's table of operations (`cargo xtask regenerate`): the navigation file's checks, the
//! matcher (summaries compared loosely, method and path as the fallback, conveniences such as
//! `list_all` left out, operations outside the navigation), the table, the drift check, and the
//! committed files: `specs/navigation.toml` holds the 109 operations issue 21 counts, and the
//! README's table is the one the committed crate gives.

use std::path::Path;

use xtask::navigation::{
    crate_operations, match_operations, readme_drift, render_section, update_readme, Kind,
    Navigation, BEGIN_MARKER, END_MARKER,
};

const NAVIGATION: &str = r#"
[[entry]]
title = "API Introduction"
kind = "page"
reason = "the introduction"

[[entry]]
section = ["Disputes"]
title = "Update a dispute"
method = "POST"
path = "/v1/disputes/{id}"
source = "test"

[[entry]]
section = ["Checkout"]
title = "Retreive a Session"
method = "GET"

[[entry]]
section = ["Checkout"]
title = "Expire a Session Copy"
method = "POST"
kind = "not-operation"
reason = "a copy"

[[entry]]
section = ["Refunds"]
title = "Fetch a refund"
method = "GET"
path = "/v1/refunds/{id}"
source = "test"

[[entry]]
section = ["Webhooks"]
title = "Delete a Webhook"
method = "DELETE"

[[entry]]
section = ["Files"]
title = "Create a file"
"#;

const API_JSON: &str = r#"{
  "crate": "wooshpay",
  "operations": {
    "checkout_sessions.retrieve": {"route": "GET /v1/checkout/sessions/{id}", "arguments": ["id: &str"], "returns": "CheckoutSession"},
    "disputes.list": {"route": "GET /v1/disputes/list", "arguments": ["body: &ListDisputes"], "returns": "ListDisputesResponse"},
    "disputes.list_all": {"route": "GET /v1/disputes/list (every page)", "arguments": ["body: &ListDisputes"], "returns": "Stream<Item = Dispute>"},
    "disputes.update": {"route": "POST /v1/disputes/{id}", "arguments": ["id: &str", "body: &UpdateDispute"], "returns": "Dispute"},
    "refunds.retrieve": {"route": "GET /v1/refunds/{refund_id}", "arguments": ["refund_id: &str"], "returns": "Refund"}
  }
}"#;

const OPENAPI_JSON: &str = r#"{
  "openapi": "3.0.1",
  "paths": {
    "/v1/checkout/sessions/{id}": {"get": {"summary": "retrieve a   SESSION", "tags": ["API Reference/Checkout"]}},
    "/v1/disputes/list": {"get": {"summary": "List all disputes", "tags": ["API Reference/Disputes"]}},
    "/v1/disputes/{id}": {"post": {"summary": "Update a Dispute", "tags": ["API Reference/Disputes"]}},
    "/v1/refunds/{refund_id}": {"get": {"summary": "Retrieve a refund", "tags": ["API Reference/Refunds"]}}
  }
}"#;

fn readme(section: &str) -> String {
    format!("# Title\n\nIntro.\n\n{BEGIN_MARKER}\n{section}{END_MARKER}\n\n## Next\n\nMore.\n")
}

#[test]
fn conveniences_are_not_operations_and_summaries_are_joined_by_route() {
    let ops = crate_operations(API_JSON, OPENAPI_JSON).unwrap();
    let keys: Vec<String> = ops
        .iter()
        .map(|o| format!("{}.{}", o.resource, o.name))
        .collect();
    assert_eq!(
        keys,
        [
            "checkout_sessions.retrieve",
            "disputes.list",
            "disputes.update",
            "refunds.retrieve"
        ]
    );
    assert_eq!(ops[2].summary.as_deref(), Some("Update a Dispute"));
    assert_eq!(ops[2].tag.as_deref(), Some("API Reference/Disputes"));
    assert_eq!(ops[2].call(), "client.disputes().update(id, &body)");
    assert_eq!(ops[2].route(), "POST /v1/disputes/{id}");
}

#[test]
fn entries_match_by_summary_then_by_method_and_path() {
    let nav = Navigation::parse(NAVIGATION).unwrap();
    let ops = crate_operations(API_JSON, OPENAPI_JSON).unwrap();
    let m = match_operations(&nav, &ops);
    let matched: Vec<Option<String>> = m
        .by_entry
        .iter()
        .map(|o| o.map(|o| format!("{}.{}", ops[o].resource, ops[o].name)))
        .collect();
    assert_eq!(
        matched,
        [
            None,
            // The case of "Dispute" aside.
            Some("disputes.update".into()),
            // "Retreive" is "retrieve", spacing and case aside; the entry has no path.
            Some("checkout_sessions.retrieve".into()),
            None,
            // Summary "Retrieve a refund" is no title of the navigation: matched by GET and
            // the path, the parameter's name aside.
            Some("refunds.retrieve".into()),
            None,
            None,
        ]
    );
    // `disputes.list` documents no page of this navigation.
    assert_eq!(m.outside, [1]);
    assert_eq!(m.typed(&nav), 3);
    assert_eq!(nav.operation_count(), 5);
    let warnings = m.warnings.join("\n");
    assert!(
        warnings.contains(
            "Refunds / Fetch a refund: matched `client.refunds().retrieve(refund_id)` by its route"
        ),
        "{warnings}"
    );
    assert!(
        warnings.contains("Webhooks / Delete a Webhook: no operation of the crate"),
        "{warnings}"
    );
    assert!(
        warnings.contains("Files / Create a file: no operation of the crate"),
        "{warnings}"
    );
    assert!(
        warnings.contains("`client.disputes().list(&body)` (GET /v1/disputes/list, summary \"List all disputes\"): not in the navigation"),
        "{warnings}"
    );
    // Not-operations and pages are never reported as untyped.
    assert!(!warnings.contains("Expire a Session Copy"), "{warnings}");
    assert!(!warnings.contains("API Introduction"), "{warnings}");
}

#[test]
fn a_page_of_two_sections_goes_to_the_one_the_tag_names_and_disagreements_are_reported() {
    let nav = Navigation::parse(
        r#"
[[entry]]
section = ["Payouts", "Payouts"]
title = "Create a payout"

[[entry]]
section = ["Transfers"]
title = "Create a payout"
method = "GET"
path = "/v1/transfers"
source = "test"
"#,
    )
    .unwrap();
    let ops = crate_operations(
        r#"{"operations": {"transfers.create": {"route": "POST /v1/transfers/payouts", "arguments": []}}}"#,
        r#"{"paths": {"/v1/transfers/payouts": {"post": {"summary": "Create a Payout", "tags": ["API Reference/Transfers"]}}}}"#,
    )
    .unwrap();
    let m = match_operations(&nav, &ops);
    assert_eq!(m.by_entry, [None, Some(0)]);
    assert!(m.outside.is_empty());
    let warnings = m.warnings.join("\n");
    assert!(
        warnings.contains("Transfers / Create a payout: the navigation file says GET /v1/transfers, the crate's `client.transfers().create()` is POST /v1/transfers/payouts"),
        "{warnings}"
    );
}

#[test]
fn the_table_lists_every_entry_then_the_operations_outside_the_navigation() {
    let nav = Navigation::parse(NAVIGATION).unwrap();
    let ops = crate_operations(API_JSON, OPENAPI_JSON).unwrap();
    let m = match_operations(&nav, &ops);
    let section = render_section(&nav, &ops, &m);
    let expected = "\
<!-- Generated by `cargo xtask regenerate` from specs/navigation.toml and generated-client/api.json; do not edit by hand. -->

3 of 5 operations typed; the other 2 are reachable through `client.raw()`.
1 operation(s) of the crate are not in the navigation (last rows).

| section | page | status |
| --- | --- | --- |
| — | API Introduction | page, not an operation: the introduction |
| Disputes | Update a dispute | typed: `client.disputes().update(id, &body)` (POST /v1/disputes/{id}) |
| Checkout | Retreive a Session | typed: `client.checkout_sessions().retrieve(id)` (GET /v1/checkout/sessions/{id}) |
| Checkout | Expire a Session Copy | not counted: a copy |
| Refunds | Fetch a refund | typed: `client.refunds().retrieve(refund_id)` (GET /v1/refunds/{refund_id}) |
| Webhooks | Delete a Webhook | not typed: `client.raw(Method::DELETE, path)` (path unknown) |
| Files | Create a file | not typed: `client.raw(method, path)` (method and path unknown) |
| **not in the navigation** | List all disputes | typed: `client.disputes().list(&body)` (GET /v1/disputes/list) |
";
    assert_eq!(section, expected);
}

#[test]
fn the_drift_check_fails_on_a_stale_section_and_passes_on_a_fresh_one() {
    let empty = readme("");
    let update = update_readme(&empty, NAVIGATION, API_JSON, OPENAPI_JSON).unwrap();
    // Only the section changes.
    assert!(update
        .readme
        .starts_with("# Title\n\nIntro.\n\n<!-- operations:begin -->\n"));
    assert!(update
        .readme
        .ends_with("<!-- operations:end -->\n\n## Next\n\nMore.\n"));
    let diff = readme_drift(&empty, &update).expect("an empty section is stale");
    assert!(diff.contains("+| — | API Introduction |"), "{diff}");
    assert_eq!(readme_drift(&update.readme, &update), None);

    // A section written for another crate (one operation fewer) is stale.
    let fewer_ops = API_JSON.replace(
        r#""refunds.retrieve": {"route": "GET /v1/refunds/{refund_id}", "arguments": ["refund_id: &str"], "returns": "Refund"}"#,
        r#""refunds.create": {"route": "POST /v1/refunds", "arguments": ["body: &CreateRefund"]}"#,
    );
    let old = update_readme(&empty, NAVIGATION, &fewer_ops, OPENAPI_JSON).unwrap();
    let diff = readme_drift(&old.readme, &update).expect("stale");
    assert!(
        diff.contains("-| Refunds | Fetch a refund | not typed: `client.raw(Method::GET, \"/v1/refunds/{id}\")` |"),
        "{diff}"
    );
    assert!(
        diff.contains("+| Refunds | Fetch a refund | typed:"),
        "{diff}"
    );

    // A hand edit inside the markers is stale too.
    let edited = update.readme.replace("3 of 5", "4 of 5");
    assert!(readme_drift(&edited, &update).is_some());

    // Without markers there is nothing to check against: an error, not a silent pass.
    let err = update_readme("# Title\n", NAVIGATION, API_JSON, OPENAPI_JSON).unwrap_err();
    assert!(err.contains("operations:begin"), "{err}");
}

#[test]
fn bad_navigation_files_are_refused() {
    for (text, expected) in [
        (
            "[[entry]]\ntitle = \"X\"\nkind = \"page\"\n",
            "needs a `reason`",
        ),
        (
            "[[entry]]\ntitle = \"X\"\npath = \"/v1/x\"\nsource = \"s\"\n",
            "a path without a method",
        ),
        (
            "[[entry]]\ntitle = \"X\"\nmethod = \"FETCH\"\n",
            "not an HTTP method",
        ),
        (
            "[[entry]]\ntitle = \"X\"\nmethod = \"GET\"\npath = \"/v1/x\"\n",
            "needs its `source`",
        ),
        (
            "[[entry]]\ntitle = \"X\"\nmethod = \"GET\"\npath = \"v1/x\"\nsource = \"s\"\n",
            "does not start with `/`",
        ),
        (
            "[[entry]]\ntitle = \"X\"\nkind = \"endpoint\"\n",
            "unknown variant",
        ),
        ("[[entry]]\ntitle = \"X\"\nurl = \"y\"\n", "unknown field"),
    ] {
        let err = Navigation::parse(text).unwrap_err();
        assert!(err.contains(expected), "{text}: {err}");
    }
}

fn workspace_file(path: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    std::fs::read_to_string(root.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_navigation_file_counts_what_issue_21_counts() {
    let nav = Navigation::parse(&workspace_file("specs/navigation.toml")).unwrap();
    let count = |k: Kind| nav.entries.iter().filter(|e| e.kind == k).count();
    // 114 endpoint pages: 109 operations and 5 pages that are not.
    assert_eq!(count(Kind::Operation), 109);
    assert_eq!(count(Kind::NotOperation), 5);
    assert_eq!(count(Kind::Page), 4);
    let titles = |k: Kind| -> Vec<&str> {
        nav.entries
            .iter()
            .filter(|e| e.kind == k)
            .map(|e| e.title.as_str())
            .collect()
    };
    assert_eq!(
        titles(Kind::NotOperation),
        [
            "创建订阅",
            "confirm",
            "更新item",
            "支付invoice",
            "Expire a Session Copy"
        ]
    );
    assert_eq!(
        titles(Kind::Page),
        ["API Introduction", "Error Code", "Types of events", "Files"]
    );
    // The tree's order: first and last pages, and no page twice in one section.
    assert_eq!(nav.entries[2].title, "Create a PaymentIntent");
    assert_eq!(nav.entries.last().unwrap().title, "Create an FX Quote");
    let mut seen = std::collections::BTreeSet::new();
    for e in &nav.entries {
        assert!(
            seen.insert((e.section.clone(), e.title.clone())),
            "{} / {} twice",
            e.section_label(),
            e.title
        );
        if let Some(p) = &e.path {
            assert!(p.starts_with("/v1/"), "{p}");
        }
    }
}

#[test]
fn the_committed_readme_table_is_the_committed_crates() {
    let readme = workspace_file("README.md");
    let update = update_readme(
        &readme,
        &workspace_file("specs/navigation.toml"),
        &workspace_file("generated-client/api.json"),
        &workspace_file("generated-client/openapi.json"),
    )
    .unwrap();
    if let Some(diff) = readme_drift(&readme, &update) {
        panic!("README.md's table of operations is stale; run `cargo xtask regenerate`:\n{diff}");
    }
}
