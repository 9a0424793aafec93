//! Names of resources and operations: from Apifox folders and tags, summaries, operation ids
//! and paths (`Close a dispute` → `close`, `POST /v1/disputes/{id}/close` → `close`).

use crate::model::naming::{
    camel_words, is_version_label, singular, snake_name, type_name, without_version_words,
};
use crate::model::{HttpMethod, PathTemplate};

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
pub(crate) fn resource_name(op: &openapiv3::Operation, path: &PathTemplate) -> String {
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
    path.segments()
        .filter(|s| !s.starts_with('{'))
        .find(|s| !is_path_prefix(s))
        .map(|s| snake_name(strip_extension(s)))
        .unwrap_or_else(|| "root".into())
}

/// A path's first resource segment when it is a singular namespace followed by a plural
/// collection (`/v1/checkout/sessions/{id}` → `("checkout", "checkout_sessions")`,
/// `/v1/issuing/cards` → `("issuing", "issuing_cards")`); `None` for plain collections
/// (`/v1/disputes/{id}/close`) and RPC-style actions (`/group/getChatroomQrCode`).
fn namespaced_collection(path: &PathTemplate) -> Option<(String, String)> {
    let mut segments = path
        .segments()
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
pub(crate) fn restates_path(operation_id: &str, method: HttpMethod, path: &PathTemplate) -> bool {
    let flat = |s: &str| {
        s.chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase()
    };
    let method = method.as_lower();
    let segments: Vec<&str> = path.segments().collect();
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
        .map(|(_, written)| camel_words(written))
        .collect::<String>();
    Some((fn_name, type_name(&type_base)))
}

/// Plural nouns that do not end in `s`, and their singulars.
const IRREGULAR_PLURALS: &[(&str, &str)] = &[
    ("people", "person"),
    ("children", "child"),
    ("men", "man"),
    ("women", "woman"),
];

/// Whether a word is a plural noun, irregular ones included (`sources`, `people`).
fn is_plural_noun(word: &str) -> bool {
    is_plural(word) || IRREGULAR_PLURALS.iter().any(|(plural, _)| *plural == word)
}

/// A phrase's last word in the singular (`external_accounts` → `external_account`,
/// `people` → `person`).
fn one_of(phrase: &str) -> String {
    let (head, last) = match phrase.rsplit_once('_') {
        Some((head, last)) => (Some(head), last),
        None => (None, phrase),
    };
    let last = match IRREGULAR_PLURALS.iter().find(|(plural, _)| *plural == last) {
        Some((_, one)) => (*one).to_owned(),
        None if is_plural(last) => singular(last),
        None => last.to_owned(),
    };
    match head {
        Some(head) => format!("{head}_{last}"),
        None => last,
    }
}

/// `name` without a word repeated right after itself (`retrieve_current_lat_lat` →
/// `retrieve_current_lat`).
fn without_repeated_words(name: &str) -> String {
    let mut words: Vec<&str> = Vec::new();
    for word in name.split('_') {
        if words.last() != Some(&word) || word.is_empty() {
            words.push(word);
        }
    }
    words.join("_")
}

/// A method name from the HTTP method and the path's shape, for an operation the spec gives
/// no usable name: `list`, `create`, `retrieve`, `update`, `delete` on the resource's
/// collection and items (`GET /v1/disputes` → `list`, `GET /v1/balance`, a singleton, →
/// `retrieve`), the same with the sub-resource's noun below an item
/// (`GET /v1/accounts/{account}/people` → `list_people`, `POST …/people` → `create_person`,
/// `GET …/people/{person}` → `retrieve_person`), actions by their own word
/// (`POST /v1/disputes/{id}/close` → `close`, `POST /group/getChatroomQrCode` →
/// `get_chatroom_qr_code`), one thing of an item by its noun (`GET /v1/videos/{id}/content`
/// → `retrieve_content`). `returns_list` tells collections from single things where the
/// response says (`GET /v1/balance/history` → `list_history`); without it, plural nouns are
/// collections.
pub(crate) fn name_from_path(
    method: HttpMethod,
    path: &PathTemplate,
    resource: &str,
    returns_list: Option<bool>,
) -> String {
    path_name(method, path, resource, returns_list, true)
}

/// [`name_from_path`] with the path's nouns as written (`retrieve_persons`, not
/// `retrieve_person`): the name of an operation whose singular name another one has.
pub(crate) fn name_from_path_as_written(
    method: HttpMethod,
    path: &PathTemplate,
    resource: &str,
) -> String {
    path_name(method, path, resource, None, false)
}

/// The literal path segments after the resource's own (all of them when the resource is not
/// in the path: named after an Apifox folder or a tag), snake case, each with whether a
/// placeholder follows it, and whether the path ends with a placeholder.
fn words_after_resource(path: &PathTemplate, resource: &str) -> (Vec<(String, bool)>, bool) {
    let segments: Vec<&str> = path.segments().map(strip_extension).collect();
    let ends_with_param = segments.last().is_some_and(|s| s.starts_with('{'));
    let is_resource = |s: &str| s == resource || singular(s) == singular(resource);
    let meaningful = |s: &str| !s.starts_with('{') && !is_path_prefix(s);
    let snake: Vec<String> = segments.iter().map(|s| snake_name(s)).collect();
    // The resource may span segments (`checkout_sessions` in `/v1/checkout/sessions`).
    let ends_resource = |i: usize| (0..=i).any(|start| is_resource(&snake[start..=i].join("_")));
    let start = (0..segments.len())
        .find(|&i| ends_resource(i))
        .map_or(0, |i| i + 1);
    // Each word, and whether a placeholder follows it (`subscriptions` in
    // `/subscriptions/{id}/discount` names one subscription).
    let rest = &segments[start..];
    let tail = rest
        .iter()
        .enumerate()
        .filter(|(_, s)| meaningful(s))
        .map(|(i, s)| {
            let one = rest.get(i + 1).is_some_and(|next| next.starts_with('{'));
            (snake_name(s), one)
        })
        .collect();
    (tail, ends_with_param)
}

fn path_name(
    method: HttpMethod,
    path: &PathTemplate,
    resource: &str,
    returns_list: Option<bool>,
    singularize: bool,
) -> String {
    let (words, ends_with_param) = words_after_resource(path, resource);
    // A collection's word before an item's placeholder is one of it, in the middle of a path
    // (`delete_subscription_discount`); the last word is for the shapes below to decide.
    let last = words.len().saturating_sub(1);
    let tail: Vec<String> = words
        .into_iter()
        .enumerate()
        .map(|(i, (word, one))| {
            if singularize && one && i < last {
                one_of(&word)
            } else {
                word
            }
        })
        .collect();
    let item = |phrase: &str| {
        if singularize {
            one_of(phrase)
        } else {
            phrase.to_owned()
        }
    };
    let item_verb = match method {
        HttpMethod::Get => "retrieve",
        HttpMethod::Post | HttpMethod::Patch => "update",
        HttpMethod::Put => "replace",
        HttpMethod::Delete => "delete",
        other => other.as_lower(),
    };
    let name = match tail.split_last() {
        // RPC style: the last segment names the action itself.
        Some((last, rest))
            if last
                .split('_')
                .next()
                .is_some_and(|w| PATH_VERBS.contains(&w)) =>
        {
            if last.contains('_') || rest.is_empty() {
                last.clone()
            } else {
                format!("{last}_{}", item(&rest.join("_")))
            }
        }
        // The resource itself: its collection, an item, or a singleton (`/v1/balance`).
        None => match method {
            _ if ends_with_param => item_verb.to_owned(),
            HttpMethod::Get => {
                // Without a response to tell, the path's last noun does (`/Calls.json`,
                // `/v1/balance`).
                let collection = returns_list.unwrap_or_else(|| {
                    let noun = path
                        .segments()
                        .filter(|s| !s.starts_with('{'))
                        .last()
                        .map(|s| snake_name(strip_extension(s)))
                        .unwrap_or_else(|| resource.to_owned());
                    is_plural_noun(noun.rsplit('_').next().unwrap_or_default())
                });
                if collection { "list" } else { "retrieve" }.to_owned()
            }
            HttpMethod::Post => "create".to_owned(),
            _ => item_verb.to_owned(),
        },
        // An item of a sub-collection (`/accounts/{account}/people/{person}`).
        Some(_) if ends_with_param => format!("{item_verb}_{}", item(&tail.join("_"))),
        Some((last, _)) => {
            let joined = tail.join("_");
            let last_word = last.rsplit('_').next().unwrap_or_default();
            match method {
                // `countryList` → `list_country`.
                HttpMethod::Get if last_word == "list" && joined.len() > 4 => {
                    format!("list_{}", &joined[..joined.len() - 5])
                }
                HttpMethod::Get if returns_list.unwrap_or_else(|| is_plural_noun(last_word)) => {
                    format!("list_{joined}")
                }
                HttpMethod::Get => format!("retrieve_{joined}"),
                // A sub-collection (`POST …/people`) is created in; anything else is an action
                // (`POST …/close`).
                HttpMethod::Post if is_plural_noun(last_word) => {
                    format!("create_{}", item(&joined))
                }
                HttpMethod::Post => joined,
                _ => format!("{item_verb}_{joined}"),
            }
        }
    };
    without_repeated_words(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(path: &str) -> PathTemplate {
        PathTemplate::parse(path)
    }

    fn m(method: &str) -> HttpMethod {
        HttpMethod::parse(method).expect("a method")
    }

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
            namespaced_collection(&t("/v1/checkout/sessions/{id}/expire")),
            Some(("checkout".into(), "checkout_sessions".into()))
        );
        assert_eq!(
            namespaced_collection(&t("/v1/issuing/cards")),
            Some(("issuing".into(), "issuing_cards".into()))
        );
        // Plain collections, RPC actions and singular tails are left alone.
        assert_eq!(namespaced_collection(&t("/v1/disputes/{id}/close")), None);
        assert_eq!(
            namespaced_collection(&t("/v1/payment_intents/search")),
            None
        );
        assert_eq!(namespaced_collection(&t("/group/getChatroomQrCode")), None);
        assert_eq!(namespaced_collection(&t("/course/list")), None);
        assert_eq!(
            namespaced_collection(&t("/api/task/image_preheat/get_regions")),
            None
        );
        assert_eq!(namespaced_collection(&t("/v1/balance")), None);
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
            resource_name(
                &op("API Reference/Checkout"),
                &t("/v1/checkout/sessions/list")
            ),
            "checkout_sessions"
        );
        // A folder that is not the path's namespace keeps its own name.
        assert_eq!(
            resource_name(&op("API Reference/Payments"), &t("/v1/checkout/sessions")),
            "payments"
        );
        assert_eq!(
            resource_name(&op("API Reference/Disputes"), &t("/v1/disputes/list")),
            "disputes"
        );
        // A Swagger controller groups its routes into one resource.
        let tagged = openapiv3::Operation {
            tags: vec!["gateway-controller".into()],
            ..Default::default()
        };
        assert_eq!(
            resource_name(&tagged, &t("/gateway/payments/{id}")),
            "gateway"
        );
    }

    #[test]
    fn operation_ids_that_spell_the_path_are_named_from_it() {
        assert!(restates_path(
            "PostDisputesDisputeClose",
            m("post"),
            &t("/v1/disputes/{dispute}/close")
        ));
        assert!(restates_path(
            "GetCustomersCustomerSourcesId",
            m("get"),
            &t("/v1/customers/{customer}/sources/{id}")
        ));
        assert!(!restates_path(
            "closeDispute",
            m("post"),
            &t("/v1/disputes/{dispute}/close")
        ));
    }

    #[test]
    fn names_from_the_path_shape() {
        let accounts = "accounts";
        let people = t("/v1/accounts/{account}/people");
        let person = t("/v1/accounts/{account}/people/{person}");
        assert_eq!(
            name_from_path(m("get"), &people, accounts, Some(true)),
            "list_people"
        );
        assert_eq!(
            name_from_path(m("get"), &people, accounts, None),
            "list_people"
        );
        assert_eq!(
            name_from_path(m("post"), &people, accounts, None),
            "create_person"
        );
        assert_eq!(
            name_from_path(m("get"), &person, accounts, None),
            "retrieve_person"
        );
        assert_eq!(
            name_from_path(m("post"), &person, accounts, None),
            "update_person"
        );
        assert_eq!(
            name_from_path(m("delete"), &person, accounts, None),
            "delete_person"
        );
        assert_eq!(
            name_from_path_as_written(m("get"), &t("/v1/accounts/{a}/persons/{p}"), accounts),
            "retrieve_persons"
        );
        // A singleton is retrieved; a list the response says is one is listed.
        assert_eq!(
            name_from_path(m("get"), &t("/v1/balance"), "balance", Some(false)),
            "retrieve"
        );
        assert_eq!(
            name_from_path(m("get"), &t("/v1/balance"), "balance", None),
            "retrieve"
        );
        assert_eq!(
            name_from_path(m("get"), &t("/v1/balance/history"), "balance", Some(true)),
            "list_history"
        );
        assert_eq!(
            name_from_path(m("get"), &t("/v1/balance/history/{id}"), "balance", None),
            "retrieve_history"
        );
        assert_eq!(
            name_from_path(m("get"), &t("/v1/disputes"), "disputes", Some(true)),
            "list"
        );
        // The query string is not a part of the name, and no word repeats.
        assert_eq!(
            name_from_path(
                m("get"),
                &t("/current?lat={lat}&lon={lon}"),
                "weather",
                None
            ),
            "retrieve_current"
        );
        assert_eq!(
            without_repeated_words("retrieve_current_lat_lat_lon_lon"),
            "retrieve_current_lat_lon"
        );
        assert_eq!(
            name_from_path(
                m("delete"),
                &t("/v1/customers/{c}/subscriptions/{s}/discount"),
                "customers",
                None
            ),
            "delete_subscription_discount"
        );
        assert_eq!(
            name_from_path(
                m("post"),
                &t("/v1/customers/{c}/sources/{id}/verify"),
                "customers",
                None
            ),
            "verify_source"
        );
    }

    #[test]
    fn names_from_paths() {
        assert_eq!(
            name_from_path(m("post"), &t("/v1/disputes/{id}/close"), "disputes", None),
            "close"
        );
        assert_eq!(
            name_from_path(m("get"), &t("/v1/disputes/{id}"), "disputes", None),
            "retrieve"
        );
        assert_eq!(
            name_from_path(m("get"), &t("/v1/disputes"), "disputes", None),
            "list"
        );
        assert_eq!(
            name_from_path(m("get"), &t("/v1/videos/{id}/content"), "videos", None),
            "retrieve_content"
        );
        assert_eq!(
            name_from_path(
                m("get"),
                &t("/v1/customers/{id}/sources"),
                "customers",
                None
            ),
            "list_sources"
        );
        assert_eq!(
            name_from_path(m("get"), &t("/v1/orders/{id}/status"), "orders", None),
            "retrieve_status"
        );
        assert_eq!(
            name_from_path(m("post"), &t("/group/getChatroomQrCode"), "group", None),
            "get_chatroom_qr_code"
        );
        assert_eq!(
            name_from_path(
                m("get"),
                &t("/api/task/image_preheat/get_regions"),
                "task",
                None
            ),
            "get_regions"
        );
        assert_eq!(
            name_from_path(
                m("get"),
                &t("/externalapi/common/countryList"),
                "common",
                None
            ),
            "list_country"
        );
        assert_eq!(
            name_from_path(m("get"), &t("/course/list"), "course", None),
            "list"
        );
        assert_eq!(
            name_from_path(m("post"), &t("/api/fee/queryTransferFee.json"), "fee", None),
            "query_transfer_fee"
        );
        assert_eq!(
            name_from_path(
                m("delete"),
                &t("/v1/customers/{id}/sources/{source}"),
                "customers",
                None
            ),
            "delete_source"
        );
        assert_eq!(
            name_from_path(
                m("post"),
                &t("/v1/disputes/{id}/close"),
                "dispute_management",
                None
            ),
            "close_dispute"
        );
        // A resource named after a namespace and a collection spans two segments.
        assert_eq!(
            name_from_path(
                m("post"),
                &t("/v1/checkout/sessions"),
                "checkout_sessions",
                None
            ),
            "create"
        );
        assert_eq!(
            name_from_path(
                m("post"),
                &t("/v1/checkout/sessions/{id}/expire"),
                "checkout_sessions",
                None
            ),
            "expire"
        );
        // Date versions in paths are prefixes, not names.
        assert_eq!(
            name_from_path(
                m("get"),
                &t("/2010-04-01/Accounts/{sid}/Calls.json"),
                "call",
                None
            ),
            "list"
        );
        assert_eq!(
            name_from_path(m("get"), &t("/2010-04-01/Usage.json"), "billing", None),
            "retrieve_usage"
        );
    }
}
