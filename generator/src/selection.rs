//! Operation selection by tag, path pattern and operation id (`[resources]` `include_tags`,
//! `exclude_tags`, `include_paths`, `exclude_paths`, `include_operations`,
//! `exclude_operations` in `codegen.toml`), applied to the normalized document before the
//! model is built: operations left out are removed from `paths`, and the types no kept
//! operation reaches are then left out of the crate (as with `include`/`exclude` of resources).
//!
//! An operation is kept when no `include_*` selector is given or one of them matches it, and no
//! `exclude_*` selector matches it. A path pattern is matched segment by segment: `*` is any one
//! segment, `**` any number of them (`/v1/payment_intents/**`). An operation is named by its
//! `operationId` or by `METHOD /path` as the spec writes the path. A selector that matches no
//! operation of the spec is an error located in the settings file.

use serde_json::Value;

use crate::error::Result;
use crate::settings::Settings;

/// The HTTP methods a path item may hold operations under.
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// One operation of the document, as the selectors see it.
struct OperationRef<'a> {
    method: &'a str,
    path: &'a str,
    operation: &'a Value,
}

/// What a selector is matched against.
#[derive(Clone, Copy)]
enum Selector {
    Tag,
    Path,
    Operation,
}

impl Selector {
    fn matches(self, pattern: &str, op: &OperationRef<'_>) -> bool {
        match self {
            Selector::Tag => op
                .operation
                .get("tags")
                .and_then(Value::as_array)
                .is_some_and(|tags| tags.iter().any(|t| t.as_str() == Some(pattern))),
            Selector::Path => path_matches(pattern, op.path),
            Selector::Operation => {
                op.operation.get("operationId").and_then(Value::as_str) == Some(pattern)
                    || pattern.split_once(' ').is_some_and(|(m, p)| {
                        m.eq_ignore_ascii_case(op.method) && p.trim() == op.path
                    })
            }
        }
    }
}

/// Whether any selector is set (so that unreached types are pruned afterwards).
pub fn is_active(settings: &Settings) -> bool {
    let r = &settings.values.resources;
    !(r.include_tags.is_empty()
        && r.exclude_tags.is_empty()
        && r.include_paths.is_empty()
        && r.exclude_paths.is_empty()
        && r.include_operations.is_empty()
        && r.exclude_operations.is_empty())
}

/// Removes the operations the selectors leave out from `document`'s `paths` (and path items
/// left without operations).
pub fn apply(document: &mut Value, settings: &Settings) -> Result<()> {
    if !is_active(settings) {
        return Ok(());
    }
    let r = &settings.values.resources;
    let includes = [
        (Selector::Tag, &r.include_tags),
        (Selector::Path, &r.include_paths),
        (Selector::Operation, &r.include_operations),
    ];
    let excludes = [
        (Selector::Tag, &r.exclude_tags),
        (Selector::Path, &r.exclude_paths),
        (Selector::Operation, &r.exclude_operations),
    ];
    let any_include = includes.iter().any(|(_, list)| !list.is_empty());
    let mut drop: Vec<(String, String)> = Vec::new();
    let mut errors = Vec::new();
    {
        let operations = operations(document);
        for (kind, list) in includes.iter().chain(&excludes) {
            for pattern in list.iter() {
                if !operations
                    .iter()
                    .any(|op| kind.matches(pattern.get_ref(), op))
                {
                    errors.push(settings.error_at(
                        pattern.span(),
                        format!("`{}` selects no operation of the spec", pattern.get_ref()),
                    ));
                }
            }
        }
        for op in &operations {
            let selected = |(kind, list): &(Selector, &Vec<toml::Spanned<String>>)| {
                list.iter().any(|p| kind.matches(p.get_ref(), op))
            };
            let keep =
                (!any_include || includes.iter().any(selected)) && !excludes.iter().any(selected);
            if !keep {
                drop.push((op.path.to_owned(), op.method.to_owned()));
            }
        }
    }
    if let Some(e) = crate::Error::from_all(errors) {
        return Err(e);
    }
    let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) else {
        return Ok(());
    };
    for (path, method) in drop {
        if let Some(item) = paths.get_mut(&path).and_then(Value::as_object_mut) {
            item.shift_remove(&method);
            if !item.keys().any(|k| METHODS.contains(&k.as_str())) {
                paths.shift_remove(&path);
            }
        }
    }
    Ok(())
}

/// Every operation under `paths`.
fn operations(document: &Value) -> Vec<OperationRef<'_>> {
    let Some(paths) = document.get("paths").and_then(Value::as_object) else {
        return Vec::new();
    };
    paths
        .iter()
        .filter_map(|(path, item)| item.as_object().map(|item| (path, item)))
        .flat_map(|(path, item)| {
            METHODS.iter().filter_map(move |m| {
                item.get(*m).map(|operation| OperationRef {
                    method: m,
                    path,
                    operation,
                })
            })
        })
        .collect()
}

/// Whether `path` matches `pattern` (`*` one segment, `**` any number of segments).
fn path_matches(pattern: &str, path: &str) -> bool {
    let pattern: Vec<&str> = pattern.trim_matches('/').split('/').collect();
    let path: Vec<&str> = path.trim_matches('/').split('/').collect();
    segments_match(&pattern, &path)
}

fn segments_match(pattern: &[&str], path: &[&str]) -> bool {
    // Iterative with one backtrack point per `**`, so a long pattern cannot recurse deeply.
    let (mut p, mut s) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while s < path.len() {
        if p < pattern.len() && pattern[p] == "**" {
            star = Some((p, s));
            p += 1;
        } else if p < pattern.len() && (pattern[p] == "*" || pattern[p] == path[s]) {
            p += 1;
            s += 1;
        } else if let Some((sp, ss)) = star {
            p = sp + 1;
            s = ss + 1;
            star = Some((sp, ss + 1));
        } else {
            return false;
        }
    }
    pattern[p..].iter().all(|seg| *seg == "**")
}

#[cfg(test)]
mod tests {
    use super::path_matches;

    #[test]
    fn path_patterns_match_segments() {
        assert!(path_matches("/v1/payment_intents", "/v1/payment_intents"));
        assert!(path_matches(
            "/v1/payment_intents/**",
            "/v1/payment_intents"
        ));
        assert!(path_matches(
            "/v1/payment_intents/**",
            "/v1/payment_intents/{id}/capture"
        ));
        assert!(path_matches("/v1/*/{id}", "/v1/refunds/{id}"));
        assert!(path_matches(
            "/**/capture",
            "/v1/payment_intents/{id}/capture"
        ));
        assert!(!path_matches("/v1/*", "/v1/refunds/{id}"));
        assert!(!path_matches("/v1/refunds", "/v1/refunds/{id}"));
    }
}
