//! Names of resources and operations: from Apifox folders and tags, summaries, operation ids
//! and paths (`Close a dispute` → `close`, `POST /v1/disputes/{id}/close` → `close`).

use heck::ToUpperCamelCase;

use crate::model::naming::{singular, snake_name, type_name};

/// Words dropped from summaries when naming operations.
const FILLER: &[&str] = &["a", "an", "the", "all", "of", "for"];

/// The resource an operation belongs to: Apifox folder, else first tag, else first path segment.
pub(crate) fn resource_name(op: &openapiv3::Operation, path: &str) -> String {
    let folder = op
        .extensions
        .get("x-apifox-folder")
        .and_then(|v| v.as_str())
        .filter(|s| !s.trim().is_empty());
    let from_label = |label: &str| {
        label
            .rsplit('/')
            .next()
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
    };
    if let Some(name) = folder
        .and_then(from_label)
        .or_else(|| op.tags.first().and_then(|t| from_label(t)))
    {
        let snake = snake_name(&name);
        // Swagger tools tag operations with their class (`payment-transactions-controller`).
        let snake = ["_rest_controller", "_controller"]
            .iter()
            .find_map(|suffix| snake.strip_suffix(suffix))
            .map(str::to_owned)
            .unwrap_or(snake);
        if name.is_ascii() {
            return snake;
        }
    }
    path.split('/')
        .filter(|s| !s.is_empty() && !s.starts_with('{'))
        .find(|s| !is_path_prefix(s))
        .map(|s| snake_name(strip_extension(s)))
        .unwrap_or_else(|| "root".into())
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
    version || s.ends_with("api") || s.ends_with("apis") || matches!(s.as_str(), "rest" | "open")
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
    let words: Vec<String> = summary
        .split(|c: char| c.is_whitespace() || c == '-' || c == '/')
        .map(|w| {
            w.chars()
                .filter(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let mut kept: Vec<&String> = words
        .iter()
        .filter(|w| !FILLER.contains(&w.as_str()))
        .collect();
    // `by <key>` tells lookups apart (`list_by_merchant`, `get_by_transaction`); `by [refund] id`
    // is what a retrieve does anyway.
    if let Some(by) = kept.iter().rposition(|w| *w == "by") {
        if by > 0 && kept.last().is_some_and(|w| *w == "id") {
            kept.truncate(by);
        }
    }
    let resource_flat = resource.replace('_', "");
    let noun = |w: &str| {
        let w = w.trim_end_matches('s');
        w == resource_flat.trim_end_matches('s')
            || w == singular(&resource_flat)
            || singular(w) == singular(&resource_flat)
    };
    let verb: Vec<&str> = kept
        .iter()
        .filter(|w| !noun(w))
        .map(|w| w.as_str())
        .collect();
    // A sentence (`charge customer for unpaid order products`) makes a poor method name; the
    // path (or operationId) names such an operation better.
    if verb.is_empty() || verb.len() > 4 {
        return None;
    }
    let fn_name = snake_name(&verb.join(" "));
    let type_base = kept
        .iter()
        .map(|w| w.to_upper_camel_case())
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
    let after: Vec<&str> = match segments.iter().position(|s| is_resource(s)) {
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
        assert_eq!(template_names("/v1/a/{x}/b/{y}"), vec!["x", "y"]);
    }
}
