//! Names of resources and operations: from Apifox folders and tags, summaries, operation ids
//! and paths (`Close a dispute` → `close`, `POST /v1/disputes/{id}/close` → `close`).

use heck::ToUpperCamelCase;

use crate::model::naming::{
    is_version_label, singular, snake_name, type_name, without_version_words,
};

/// Words dropped from summaries when naming operations.
const FILLER: &[&str] = &["a", "an", "the", "all", "of", "for"];

/// Misspelled verbs seen in published summaries (WooshPay's "Retreive a Session"), read as meant
/// so a method is not named after the typo.
const MISSPELLINGS: &[(&str, &str)] = &[
    ("retreive", "retrieve"),
    ("retrive", "retrieve"),
    ("recieve", "receive"),
    ("udpate", "update"),
    ("upate", "update"),
    ("cancle", "cancel"),
    ("delte", "delete"),
];

/// `text` with the misspelled verbs of [`MISSPELLINGS`] spelled right, capitals kept
/// (`Retreive a Session` → `Retrieve a Session`): for the documentation made from a summary.
/// The normalized document keeps the spec's text as exported.
pub(crate) fn spelled_right(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let lower = word.to_ascii_lowercase();
        match MISSPELLINGS.iter().find(|(wrong, _)| *wrong == lower) {
            Some((_, right)) if word.chars().all(|c| c.is_ascii_uppercase()) => {
                out.push_str(&right.to_ascii_uppercase())
            }
            Some((_, right)) if word.starts_with(|c: char| c.is_ascii_uppercase()) => {
                let mut chars = right.chars();
                out.extend(chars.next().map(|c| c.to_ascii_uppercase()));
                out.extend(chars);
            }
            Some((_, right)) => out.push_str(right),
            None => out.push_str(word),
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_ascii_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// The resource an operation belongs to: Apifox folder, else first tag, else first path segment.
pub(crate) fn resource_name(op: &openapiv3::Operation, path: &str) -> String {
    let folder = op
        .extensions
        .get(crate::extensions::OPERATION_FOLDER)
        .and_then(|v| v.as_str())
        .filter(|s| !s.trim().is_empty());
    // A folder or tag names the resource; versions in it do not (`Api20100401Call` → `call`),
    // and one that is only a version (`1.7.4`) is no name at all.
    let from_label = |label: &str| {
        label
            .rsplit('/')
            .next()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .and_then(without_version_words)
    };
    let from_path = namespaced_collection(path);
    if let Some(name) = folder
        .and_then(from_label)
        .or_else(|| op.tags.first().and_then(|t| from_label(t)))
    {
        let snake = snake_name(&name);
        // Swagger tools tag operations with their class (`payment-transactions-controller`).
        let controller = ["_rest_controller", "_controller"]
            .iter()
            .find_map(|suffix| snake.strip_suffix(suffix))
            .map(str::to_owned);
        let is_controller = controller.is_some();
        let snake = controller.unwrap_or(snake);
        if name.is_ascii() {
            // A folder named after a namespace (`Checkout`) whose paths hold a collection of
            // it (`/v1/checkout/sessions`) is that collection's resource (`checkout_sessions`);
            // a controller class is one resource whatever its paths.
            return match from_path {
                Some((namespace, collection)) if namespace == snake && !is_controller => collection,
                _ => snake,
            };
        }
    }
    if let Some((_, collection)) = from_path {
        return collection;
    }
    path.split('/')
        .filter(|s| !s.is_empty() && !s.starts_with('{'))
        .find(|s| !is_path_prefix(s))
        .map(|s| snake_name(strip_extension(s)))
        .unwrap_or_else(|| "root".into())
}

/// A path's first resource segment when it is a singular namespace followed by a plural
/// collection (`/v1/checkout/sessions/{id}` → `("checkout", "checkout_sessions")`,
/// `/v1/issuing/cards` → `("issuing", "issuing_cards")`); `None` for plain collections
/// (`/v1/disputes/{id}/close`) and RPC-style actions (`/group/getChatroomQrCode`).
fn namespaced_collection(path: &str) -> Option<(String, String)> {
    let mut segments = path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(strip_extension)
        .skip_while(|s| is_path_prefix(s));
    let namespace = snake_name(segments.next()?);
    let collection = snake_name(segments.next()?);
    let is_word = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c == '_');
    let opens_with_verb = |w: &str| w.split('_').next().is_some_and(|v| PATH_VERBS.contains(&v));
    let last_word = |w: &str| w.rsplit('_').next().unwrap_or_default().to_owned();
    let is_namespace =
        is_word(&namespace) && !is_plural(&last_word(&namespace)) && !opens_with_verb(&namespace);
    let is_collection =
        is_word(&collection) && is_plural(&last_word(&collection)) && !opens_with_verb(&collection);
    (is_namespace && is_collection).then(|| {
        let joined = format!("{namespace}_{collection}");
        (namespace, joined)
    })
}

/// Whether an operation id is just the method and the path spelled out (Stripe's
/// `GetCustomersCustomerSourcesId` for `GET /v1/customers/{customer}/sources/{id}`).
pub(crate) fn restates_path(operation_id: &str, method: &str, path: &str) -> bool {
    let flat = |s: &str| {
        s.chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase()
    };
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let all: String = segments.iter().map(|s| flat(s)).collect();
    let without_prefix: String = segments
        .iter()
        .filter(|s| !is_path_prefix(s))
        .map(|s| flat(s))
        .collect();
    let id = flat(operation_id);
    id == format!("{method}{all}") || id == format!("{method}{without_prefix}")
}

/// Path segments that prefix an API rather than name a resource: versions (`v1`, `V2`) and
/// `api`-like words (`api`, `openapi`, `externalapi`, `rest`, `open`).
fn is_path_prefix(segment: &str) -> bool {
    let s = segment.to_ascii_lowercase();
    let version = s.len() <= 4
        && s.starts_with('v')
        && s.len() > 1
        && s[1..].chars().all(|c| c.is_ascii_digit() || c == '.');
    version
        || is_version_label(segment)
        || s.ends_with("api")
        || s.ends_with("apis")
        || matches!(s.as_str(), "rest" | "open")
}

/// A path segment without a file extension (`queryFee.json` → `queryFee`, `list.do` → `list`).
fn strip_extension(segment: &str) -> &str {
    match segment.rsplit_once('.') {
        Some((stem, ext))
            if !stem.is_empty()
                && matches!(
                    ext.to_ascii_lowercase().as_str(),
                    "json"
                        | "xml"
                        | "do"
                        | "action"
                        | "php"
                        | "html"
                        | "htm"
                        | "asp"
                        | "aspx"
                        | "jsp"
                ) =>
        {
            stem
        }
        _ => segment,
    }
}

/// Verbs that open RPC-style path segments (`/group/getChatroomQrCode`, `/task/get_regions`):
/// such a segment already is the method's name.
const PATH_VERBS: &[&str] = &[
    "get", "list", "query", "search", "find", "fetch", "create", "add", "new", "update", "edit",
    "modify", "set", "save", "delete", "remove", "del", "cancel", "close", "submit", "upload",
    "download", "send", "check", "verify", "confirm", "refund", "pay", "capture", "bind", "unbind",
    "apply", "sync", "export", "import", "reset", "enable", "disable", "batch",
];

/// Whether an English word reads as a plural noun (`sources`, `entries`; not `status`, `address`).
fn is_plural(word: &str) -> bool {
    word.len() > 2
        && word.ends_with('s')
        && !["ss", "us", "is", "os", "ys"]
            .iter()
            .any(|end| word.ends_with(end))
}

/// The method name from the summary (`Close a dispute` → `close`), without the resource's noun.
pub(crate) fn name_from_summary(summary: &str, resource: &str) -> Option<(String, String)> {
    if !summary.is_ascii() || summary.split_whitespace().count() > 7 {
        return None;
    }
    // Each word lower-cased (to compare) and as written (to name types: `PaymentIntent`).
    let words: Vec<(String, String)> = summary
        .split(|c: char| c.is_whitespace() || c == '-' || c == '/')
        .map(|w| {
            w.chars()
                .filter(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .map(|written| {
            let lower = written.to_ascii_lowercase();
            match MISSPELLINGS.iter().find(|(wrong, _)| *wrong == lower) {
                Some((_, right)) => ((*right).to_owned(), (*right).to_owned()),
                None => (lower, written),
            }
        })
        .collect();
    let mut kept: Vec<&(String, String)> = words
        .iter()
        .filter(|(w, _)| !FILLER.contains(&w.as_str()))
        .collect();
    // `by <key>` tells lookups apart (`list_by_merchant`, `get_by_transaction`); `by [refund] id`
    // is what a retrieve does anyway.
    if let Some(by) = kept.iter().rposition(|(w, _)| w == "by") {
        if by > 0 && kept.last().is_some_and(|(w, _)| w == "id") {
            kept.truncate(by);
        }
    }
    let resource_flat = resource.replace('_', "");
    // The resource's own words name it too (`Session` and `Checkout` in `checkout_sessions`).
    let resource_words: Vec<&str> = resource.split('_').filter(|w| w.len() > 2).collect();
    let noun = |w: &str| {
        let trimmed = w.trim_end_matches('s');
        trimmed == resource_flat.trim_end_matches('s')
            || trimmed == singular(&resource_flat)
            || singular(w) == singular(&resource_flat)
            || (resource_words.len() > 1
                && resource_words.iter().any(|r| singular(w) == singular(r)))
    };
    let verb: Vec<&str> = kept
        .iter()
        .filter(|(w, _)| !noun(w))
        .map(|(w, _)| w.as_str())
        .collect();
    // A sentence (`charge customer for unpaid order products`) makes a poor method name; the
    // path (or operationId) names such an operation better.
    if verb.is_empty() || verb.len() > 4 {
        return None;
    }
    let fn_name = snake_name(&verb.join(" "));
    let type_base = kept
        .iter()
        .map(|(_, written)| written.to_upper_camel_case())
        .collect::<String>();
    Some((fn_name, type_name(&type_base)))
}

/// A method name from the HTTP method and path (`POST /v1/disputes/{id}/close` → `close`,
/// `GET /v1/videos/{id}/content` → `retrieve_content`, `GET /customers/{id}/sources` →
/// `list_sources`, `POST /group/getChatroomQrCode` → `get_chatroom_qr_code`).
pub(crate) fn name_from_path(method: &str, path: &str, resource: &str) -> String {
    let segments: Vec<&str> = path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(strip_extension)
        .collect();
    let ends_with_param = segments.last().is_some_and(|s| s.starts_with('{'));
    let is_resource = |s: &str| {
        let n = snake_name(s);
        n == resource || singular(&n) == singular(resource)
    };
    let meaningful = |s: &str| !s.starts_with('{') && !is_path_prefix(s);
    // The segments after the resource's own; all of them when the resource is not in the path
    // (named after an Apifox folder or a tag).
    // The resource may span segments (`checkout_sessions` in `/v1/checkout/sessions`).
    let ends_resource = |i: usize| {
        (0..=i).any(|start| {
            let joined = segments[start..=i]
                .iter()
                .map(|s| snake_name(s))
                .collect::<Vec<_>>()
                .join("_");
            is_resource(&joined)
        })
    };
    let after: Vec<&str> = match (0..segments.len()).find(|&i| ends_resource(i)) {
        Some(i) => segments[i + 1..]
            .iter()
            .copied()
            .filter(|s| meaningful(s))
            .collect(),
        None => segments.iter().copied().filter(|s| meaningful(s)).collect(),
    };
    let tail: Vec<String> = after.iter().map(|s| snake_name(s)).collect();
    let verb = match (method, ends_with_param) {
        ("get", true) => "retrieve",
        ("get", false) => "list",
        ("post", true) => "update",
        ("post", false) => "create",
        ("put", _) => "replace",
        ("patch", _) => "update",
        ("delete", _) => "delete",
        (other, _) => other,
    };
    // RPC style: the last segment names the action itself.
    if let Some(last) = tail.last() {
        let mut words = last.split('_');
        if words.next().is_some_and(|w| PATH_VERBS.contains(&w)) {
            return if last.contains('_') || tail.len() == 1 {
                last.clone()
            } else {
                format!("{last}_{}", tail[..tail.len() - 1].join("_"))
            };
        }
    }
    if tail.is_empty() {
        return verb.to_owned();
    }
    if ends_with_param {
        return format!("{verb}_{}", tail.join("_"));
    }
    match method {
        "get" => {
            // `countryList` → `list_country`; `sources` → `list_sources`; `content` (one thing
            // of an item or of the account) → `retrieve_content`.
            let joined = tail.join("_");
            let last_word = joined.rsplit('_').next().unwrap_or_default();
            if last_word == "list" && joined.len() > 4 {
                format!("list_{}", &joined[..joined.len() - 5])
            } else if is_plural(last_word) {
                format!("list_{joined}")
            } else {
                format!("retrieve_{joined}")
            }
        }
        "post" => tail.join("_"),
        _ => format!("{verb}_{}", tail.join("_")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::operations::template_names;

    #[test]
    fn summaries_are_spelled_right_for_docs() {
        assert_eq!(spelled_right("Retreive a Session"), "Retrieve a Session");
        assert_eq!(
            spelled_right("RETREIVE it, then udpate"),
            "RETRIEVE it, then update"
        );
        assert_eq!(spelled_right("Retrieve a refund"), "Retrieve a refund");
    }

    #[test]
    fn operation_names_come_from_summaries() {
        assert_eq!(
            name_from_summary("Close a dispute", "disputes"),
            Some(("close".into(), "CloseDispute".into()))
        );
        assert_eq!(
            name_from_summary("List all disputes", "disputes"),
            Some(("list".into(), "ListDisputes".into()))
        );
        assert_eq!(
            name_from_summary("Retrieve a Customer's PaymentMethod", "payment_methods")
                .unwrap()
                .0,
            "retrieve_customers"
        );
        assert_eq!(name_from_summary("创建订阅", "subscriptions"), None);
        assert_eq!(
            name_from_summary("charge customer for unpaid order products", "payin"),
            None
        );
        assert_eq!(
            name_from_summary("List transactions by merchant", "transactions")
                .unwrap()
                .0,
            "list_by_merchant"
        );
        assert_eq!(
            name_from_summary("Get refund by refund ID", "refund")
                .unwrap()
                .0,
            "get"
        );
        assert_eq!(
            name_from_summary("Get refunds by transaction", "refund")
                .unwrap()
                .0,
            "get_by_transaction"
        );
    }

    #[test]
    fn summaries_name_resources_with_several_words_and_keep_the_written_case() {
        // Each word of `checkout_sessions` names the resource; the misspelt verb is read as meant.
        assert_eq!(
            name_from_summary("Retreive a Session", "checkout_sessions"),
            Some(("retrieve".into(), "RetrieveSession".into()))
        );
        assert_eq!(
            name_from_summary("List All Checkout Sessions", "checkout_sessions")
                .unwrap()
                .0,
            "list"
        );
        assert_eq!(
            name_from_summary("Expire a Session", "checkout_sessions")
                .unwrap()
                .0,
            "expire"
        );
        // Type names keep the summary's own capitals (`PaymentIntent`, not `Paymentintent`).
        assert_eq!(
            name_from_summary("Confirm a PaymentIntent", "payment_intents"),
            Some(("confirm".into(), "ConfirmPaymentIntent".into()))
        );
        // A one-word resource is not matched word by word (`refund` is not `refunds_policy`).
        assert_eq!(
            name_from_summary("Get refund policy", "refunds").unwrap().0,
            "get_policy"
        );
    }

    #[test]
    fn a_namespace_folder_with_a_collection_path_names_the_collection() {
        assert_eq!(
            namespaced_collection("/v1/checkout/sessions/{id}/expire"),
            Some(("checkout".into(), "checkout_sessions".into()))
        );
        assert_eq!(
            namespaced_collection("/v1/issuing/cards"),
            Some(("issuing".into(), "issuing_cards".into()))
        );
        // Plain collections, RPC actions and singular tails are left alone.
        assert_eq!(namespaced_collection("/v1/disputes/{id}/close"), None);
        assert_eq!(namespaced_collection("/v1/payment_intents/search"), None);
        assert_eq!(namespaced_collection("/group/getChatroomQrCode"), None);
        assert_eq!(namespaced_collection("/course/list"), None);
        assert_eq!(
            namespaced_collection("/api/task/image_preheat/get_regions"),
            None
        );
        assert_eq!(namespaced_collection("/v1/balance"), None);
        let op = |folder: &str| openapiv3::Operation {
            extensions: [(
                crate::extensions::OPERATION_FOLDER.to_owned(),
                serde_json::json!(folder),
            )]
            .into_iter()
            .collect(),
            ..Default::default()
        };
        assert_eq!(
            resource_name(&op("API Reference/Checkout"), "/v1/checkout/sessions/list"),
            "checkout_sessions"
        );
        // A folder that is not the path's namespace keeps its own name.
        assert_eq!(
            resource_name(&op("API Reference/Payments"), "/v1/checkout/sessions"),
            "payments"
        );
        assert_eq!(
            resource_name(&op("API Reference/Disputes"), "/v1/disputes/list"),
            "disputes"
        );
        // A Swagger controller groups its routes into one resource.
        let tagged = openapiv3::Operation {
            tags: vec!["gateway-controller".into()],
            ..Default::default()
        };
        assert_eq!(resource_name(&tagged, "/gateway/payments/{id}"), "gateway");
    }

    #[test]
    fn operation_ids_that_spell_the_path_are_named_from_it() {
        assert!(restates_path(
            "PostDisputesDisputeClose",
            "post",
            "/v1/disputes/{dispute}/close"
        ));
        assert!(restates_path(
            "GetCustomersCustomerSourcesId",
            "get",
            "/v1/customers/{customer}/sources/{id}"
        ));
        assert!(!restates_path(
            "closeDispute",
            "post",
            "/v1/disputes/{dispute}/close"
        ));
    }

    #[test]
    fn names_from_paths() {
        assert_eq!(
            name_from_path("post", "/v1/disputes/{id}/close", "disputes"),
            "close"
        );
        assert_eq!(
            name_from_path("get", "/v1/disputes/{id}", "disputes"),
            "retrieve"
        );
        assert_eq!(name_from_path("get", "/v1/disputes", "disputes"), "list");
        assert_eq!(
            name_from_path("get", "/v1/videos/{id}/content", "videos"),
            "retrieve_content"
        );
        assert_eq!(
            name_from_path("get", "/v1/customers/{id}/sources", "customers"),
            "list_sources"
        );
        assert_eq!(
            name_from_path("get", "/v1/orders/{id}/status", "orders"),
            "retrieve_status"
        );
        assert_eq!(
            name_from_path("post", "/group/getChatroomQrCode", "group"),
            "get_chatroom_qr_code"
        );
        assert_eq!(
            name_from_path("get", "/api/task/image_preheat/get_regions", "task"),
            "get_regions"
        );
        assert_eq!(
            name_from_path("get", "/externalapi/common/countryList", "common"),
            "list_country"
        );
        assert_eq!(name_from_path("get", "/course/list", "course"), "list");
        assert_eq!(
            name_from_path("post", "/api/fee/queryTransferFee.json", "fee"),
            "query_transfer_fee"
        );
        assert_eq!(
            name_from_path("delete", "/v1/customers/{id}/sources/{source}", "customers"),
            "delete_sources"
        );
        assert_eq!(
            name_from_path("post", "/v1/disputes/{id}/close", "dispute_management"),
            "close_disputes"
        );
        // A resource named after a namespace and a collection spans two segments.
        assert_eq!(
            name_from_path("post", "/v1/checkout/sessions", "checkout_sessions"),
            "create"
        );
        assert_eq!(
            name_from_path(
                "post",
                "/v1/checkout/sessions/{id}/expire",
                "checkout_sessions"
            ),
            "expire"
        );
        // Date versions in paths are prefixes, not names.
        assert_eq!(
            name_from_path("get", "/2010-04-01/Accounts/{sid}/Calls.json", "call"),
            "list"
        );
        assert_eq!(
            name_from_path("get", "/2010-04-01/Usage.json", "billing"),
            "retrieve_usage"
        );
        assert_eq!(template_names("/v1/a/{x}/b/{y}"), vec!["x", "y"]);
    }
}
