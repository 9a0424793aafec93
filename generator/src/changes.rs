//! The change report: what a regeneration changes in the crate's public API.
//!
//! Every generated crate carries `api.json`, a summary of its public API (operations with their
//! Rust signatures, types with their fields and variants, webhook event types). Regenerating
//! compares the new summary with the one in the crate being replaced, marks each change breaking
//! or not, says which semver bump follows, and appends the report to the crate's `CHANGELOG.md`.
//! An unchanged API appends nothing, so regeneration stays byte-for-byte deterministic.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::responses::status_text;
use crate::model::{
    Api, Operation, OperationErrors, OutcomeEnum, TypeDef, TypeKind, TypeRef, TypeSpace,
};
use crate::settings::semver_parts;

/// The file holding the summary, in the generated crate.
pub const SUMMARY_FILE: &str = "api.json";

/// The changelog, in the generated crate.
pub const CHANGELOG_FILE: &str = "CHANGELOG.md";

/// A crate's public API, as written to `api.json`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApiSummary {
    /// Package name.
    #[serde(rename = "crate")]
    pub krate: String,
    /// Package version.
    pub version: String,
    /// Accessor (`disputes`, for `client.disputes()`) → the handle type it returns
    /// (`DisputesResource`). Absent from summaries written before it was recorded.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub resources: BTreeMap<String, String>,
    /// `resource.method` → the operation.
    pub operations: BTreeMap<String, OperationSummary>,
    /// Type name → the type.
    pub types: BTreeMap<String, TypeSummary>,
    /// Webhook event types on the wire (empty without a webhook module).
    #[serde(default)]
    pub webhook_events: BTreeSet<String>,
}

/// One operation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OperationSummary {
    /// `POST /v1/disputes/{id}/close`.
    pub route: String,
    /// Rust arguments after `&self` (`id: &str, body: &UpdateDispute`).
    pub arguments: Vec<String>,
    /// Rust return type (`Dispute`, `()`).
    pub returns: String,
    /// The JSON body's members are sent as query parameters too (settings:
    /// `body_also_as_query`); left out when not.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub body_also_as_query: bool,
    /// What its documented errors decode into: the error enum (`ReplacePetError`) or the one
    /// body type they share; left out when the spec documents none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<String>,
}

/// One type.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypeSummary {
    /// `struct`, `enum` (string enum), `one_of`, `tagged` or `alias`.
    pub kind: String,
    /// The schema it was made from (to recognise a renamed type).
    pub source: String,
    /// Whether it implements `Default`.
    #[serde(default)]
    pub default: bool,
    /// Struct fields: Rust name → Rust type (`Option<i64>` when optional).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub fields: BTreeMap<String, String>,
    /// Struct fields whose name on the wire is not their Rust name: Rust name → wire name
    /// (`three_d_secure_status` → `3ds_status`), to recognise a renamed field.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub wire_names: BTreeMap<String, String>,
    /// Enum values on the wire, or alternatives (`Name(Type)`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<String>,
    /// String enums: value on the wire → Rust variant (`9pay` → `NinePay`), to recognise a
    /// renamed variant.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub variant_names: BTreeMap<String, String>,
    /// The aliased type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
}

/// The Rust arguments of an operation's method after `&self`.
fn operation_arguments(op: &Operation, space: &TypeSpace) -> Vec<String> {
    let mut arguments: Vec<String> = op
        .path_params
        .iter()
        .map(|p| {
            let ty = match &p.ty {
                TypeRef::String => "&str".to_owned(),
                other => type_string(other, space),
            };
            format!("{}: {ty}", p.rust_name.as_str())
        })
        .collect();
    if let Some(pt) = op.params_type {
        arguments.push(format!("params: &{}", space.name(pt)));
    }
    if let Some(b) = &op.body {
        arguments.push(format!("body: &{}", type_string(&b.ty, space)));
    }
    arguments
}

/// The summaries of an operation's method `name` (`resource.method`) and, when it is paginated,
/// of its `<name>_all` twin.
fn operation_summaries(
    name: &str,
    op: &Operation,
    space: &TypeSpace,
) -> Vec<(String, OperationSummary)> {
    let arguments = operation_arguments(op, space);
    let mut out = Vec::new();
    if let Some(p) = &op.pagination {
        // `<op>_all`: every page, as a stream of items.
        out.push((
            format!("{name}_all"),
            OperationSummary {
                route: format!("{} {} (every page)", op.method, op.path),
                arguments: arguments.clone(),
                returns: format!("Stream<Item = {}>", type_string(&p.item, space)),
                body_also_as_query: op.body_also_as_query,
                errors: None,
            },
        ));
    }
    out.push((
        name.to_owned(),
        OperationSummary {
            route: format!("{} {}", op.method, op.path),
            arguments,
            returns: match (&op.success_enum, &op.response) {
                (Some(e), _) => e.name.clone(),
                (None, Some(t)) => type_string(t, space),
                (None, None) => "()".into(),
            },
            body_also_as_query: op.body_also_as_query,
            errors: match &op.errors {
                Some(OperationErrors::Enum(e)) => Some(e.name.clone()),
                Some(OperationErrors::Body { ty, .. }) => Some(type_string(ty, space)),
                None => None,
            },
        },
    ));
    out
}

/// The summaries of an operation's response and error enums.
fn outcome_summaries(op: &Operation, space: &TypeSpace) -> Vec<(String, TypeSummary)> {
    let enums = [
        op.success_enum.as_ref().map(|e| ("responses", e)),
        match &op.errors {
            Some(OperationErrors::Enum(e)) => Some(("errors", e)),
            _ => None,
        },
    ];
    enums
        .into_iter()
        .flatten()
        .map(|(kind, e)| (e.name.clone(), outcome_summary(kind, e, &op.pointer, space)))
        .collect()
}

/// The summary of one generated type.
fn type_summary(t: &TypeDef, space: &TypeSpace) -> TypeSummary {
    let mut s = TypeSummary {
        source: t.pointer.clone(),
        default: t.has_default,
        ..Default::default()
    };
    match &t.kind {
        TypeKind::Struct(fields) => {
            s.kind = "struct".into();
            s.wire_names = fields
                .iter()
                .filter(|f| f.rust_name.as_str() != f.wire_name)
                .map(|f| (f.rust_name.as_str().to_owned(), f.wire_name.clone()))
                .collect();
            s.fields = fields
                .iter()
                .map(|f| {
                    let ty = type_string(&f.ty, space);
                    let ty = if f.required {
                        ty
                    } else {
                        format!("Option<{ty}>")
                    };
                    (f.rust_name.as_str().to_owned(), ty)
                })
                .collect();
        }
        TypeKind::StringEnum { variants, .. } => {
            s.kind = "enum".into();
            s.variants = variants.iter().map(|v| v.value.clone()).collect();
            s.variant_names = variants
                .iter()
                .map(|v| (v.value.clone(), v.rust_name.clone()))
                .collect();
        }
        TypeKind::OneOf(alts) => {
            s.kind = "one_of".into();
            s.variants = alts
                .iter()
                .map(|a| format!("{}({})", a.rust_name, type_string(&a.ty, space)))
                .collect();
        }
        TypeKind::Tagged { variants, .. } => {
            s.kind = "tagged".into();
            s.variants = variants
                .iter()
                .map(|v| format!("{}({})", v.tag_value, type_string(&v.ty, space)))
                .collect();
        }
        TypeKind::Alias(ty) => {
            s.kind = "alias".into();
            s.alias = Some(type_string(ty, space));
        }
    }
    s
}

/// An operation's response or error enum (`kind`: `responses` or `errors`): one variant per
/// documented status, `404 NotFound(NotFound)`.
fn outcome_summary(kind: &str, e: &OutcomeEnum, pointer: &str, space: &TypeSpace) -> TypeSummary {
    TypeSummary {
        kind: kind.into(),
        source: format!("{pointer}/responses"),
        variants: e
            .outcomes
            .iter()
            .map(|o| {
                let status = status_text(&o.status);
                match &o.ty {
                    Some(t) => format!("{status} {}({})", o.variant, type_string(t, space)),
                    None => format!("{status} {}", o.variant),
                }
            })
            .collect(),
        ..Default::default()
    }
}

/// A Rust type as users write it (`Option<Vec<Dispute>>`).
pub fn type_string(ty: &TypeRef, space: &TypeSpace) -> String {
    ty.user_text(space)
}

impl ApiSummary {
    /// The summary of the crate generated from `api`.
    pub fn of(api: &Api, krate: &str, version: &str, webhook_events: &[String]) -> ApiSummary {
        let mut operations = BTreeMap::new();
        let mut outcome_types = Vec::new();
        for r in &api.resources {
            for op in &r.operations {
                let name = format!("{}.{}", r.fn_name.as_str(), op.fn_name.as_str());
                operations.extend(operation_summaries(&name, op, &api.types));
                outcome_types.extend(outcome_summaries(op, &api.types));
            }
        }
        let types = api
            .types
            .iter()
            .map(|t| (t.name.clone(), type_summary(t, &api.types)))
            .chain(outcome_types)
            .collect();
        let resources = api
            .resources
            .iter()
            .map(|r| (r.fn_name.as_str().to_owned(), r.type_name.clone()))
            .collect();
        ApiSummary {
            krate: krate.to_owned(),
            version: version.to_owned(),
            resources,
            operations,
            types,
            webhook_events: webhook_events.iter().cloned().collect(),
        }
    }

    /// The summary as the text of `api.json`.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_else(|_| "{}".into());
        text.push('\n');
        text
    }

    /// Reads `api.json` text; `None` when it is not a summary (an old or hand-edited file).
    pub fn from_json(text: &str) -> Option<ApiSummary> {
        serde_json::from_str(text).ok()
    }
}

/// How much a change breaks users.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Impact {
    /// Nothing users call changes shape (docs, routes).
    Patch,
    /// Something new; existing code keeps compiling.
    Addition,
    /// Existing code may stop compiling or decoding.
    Breaking,
}

/// One change of the public API.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Change {
    /// How much it breaks.
    pub impact: Impact,
    /// What changed, for people.
    pub text: String,
}

/// Every change between two summaries, and the version that follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeReport {
    /// The version of the crate being replaced.
    pub old_version: String,
    /// The version after the bump the changes call for.
    pub new_version: String,
    /// The changes, breaking first.
    pub changes: Vec<Change>,
}

impl ChangeReport {
    /// The semver bump the changes call for: `major`, `minor`, `patch` or `none`, Cargo's
    /// rules for `0.x` versions applied (a breaking change of `0.3.1` is `0.4.0`).
    pub fn bump(&self) -> &'static str {
        match self.changes.iter().map(|c| c.impact).max() {
            None => "none",
            Some(Impact::Breaking) => "major",
            Some(Impact::Addition) => "minor",
            Some(Impact::Patch) => "patch",
        }
    }

    /// Whether any change breaks users.
    pub fn is_breaking(&self) -> bool {
        self.changes.iter().any(|c| c.impact == Impact::Breaking)
    }

    /// The changelog entry (Markdown).
    pub fn markdown(&self) -> String {
        let breaking = if self.is_breaking() { ", breaking" } else { "" };
        let mut out = if self.changes.is_empty() {
            format!("## {}: the public API is unchanged\n", self.new_version)
        } else if self.new_version != self.old_version {
            format!(
                "## {} (from {}: {} bump{breaking})\n",
                self.new_version,
                self.old_version,
                self.bump()
            )
        } else {
            format!(
                "## {} regenerated: the changes call for a {} bump{breaking} (next version {}; set `bump_version = true` in the settings to apply it)\n",
                self.new_version,
                self.bump(),
                bumped(&self.old_version, self.bump()).unwrap_or_else(|| "?".into())
            )
        };
        for (impact, title) in [
            (Impact::Breaking, "Breaking changes"),
            (Impact::Addition, "Additions"),
            (Impact::Patch, "Other changes"),
        ] {
            let items: Vec<&Change> = self.changes.iter().filter(|c| c.impact == impact).collect();
            if items.is_empty() {
                continue;
            }
            out.push_str(&format!("\n{title}:\n\n"));
            for c in items {
                out.push_str(&format!("- {}\n", c.text));
            }
        }
        out
    }
}

impl fmt::Display for ChangeReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.markdown())
    }
}

/// The version after `bump` (`major`, `minor`, `patch`) of `version`, with Cargo's rules for
/// `0.x`: breaking bumps the first non-zero part. `None` when `version` is not `x.y.z`.
pub fn bumped(version: &str, bump: &str) -> Option<String> {
    let (major, minor, patch) = semver_parts(version)?;
    Some(match (bump, major, minor) {
        ("none", ..) => format!("{major}.{minor}.{patch}"),
        ("major", 0, 0) => format!("0.0.{}", patch + 1),
        ("major", 0, _) => format!("0.{}.0", minor + 1),
        ("major", ..) => format!("{}.0.0", major + 1),
        ("minor", 0, 0) => format!("0.0.{}", patch + 1),
        ("minor", 0, _) => format!("0.{minor}.{}", patch + 1),
        ("minor", ..) => format!("{major}.{}.0", minor + 1),
        _ => format!("{major}.{minor}.{}", patch + 1),
    })
}

/// Compares the summary of the crate being replaced with the new one.
pub fn compare(old: &ApiSummary, new: &ApiSummary) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut push = |impact, text: String| changes.push(Change { impact, text });
    let renames = type_renames(old, new);
    let renamed = |ty: &str| rename_in(ty, &renames);
    let moved = resource_renames(old, new);
    compare_resources(old, new, &moved, &mut push);
    compare_operations(old, new, &moved, &renamed, &mut push);
    compare_types(old, new, &renames, &renamed, &mut push);
    compare_webhook_events(old, new, &mut push);
    // Breaking first, then additions, then the rest; each group in name order.
    changes.sort_by(|a, b| b.impact.cmp(&a.impact).then_with(|| a.text.cmp(&b.text)));
    changes
}

/// Resources whose accessor (`moved`: old → new) or handle type changed.
fn compare_resources(
    old: &ApiSummary,
    new: &ApiSummary,
    moved: &BTreeMap<String, String>,
    push: &mut impl FnMut(Impact, String),
) {
    for (from, to) in moved {
        let handles = match (old.resources.get(from), new.resources.get(to)) {
            (Some(a), Some(b)) if a != b => format!(", its handle type `{a}` is now `{b}`"),
            (_, Some(b)) => format!(", its handle type is `{b}`"),
            _ => String::new(),
        };
        push(
            Impact::Breaking,
            format!("resource `client.{from}()` renamed to `client.{to}()` (the same operations{handles})"),
        );
    }
    for (accessor, handle) in &old.resources {
        if moved.contains_key(accessor) {
            continue;
        }
        if let Some(new_handle) = new.resources.get(accessor) {
            if new_handle != handle {
                push(
                    Impact::Breaking,
                    format!(
                        "handle type `{handle}` of `client.{accessor}()` renamed to `{new_handle}`"
                    ),
                );
            }
        }
    }
}

/// Operations removed, added, or whose arguments, return type, errors, route or query
/// mirroring changed; an operation under a moved accessor is the same operation.
fn compare_operations(
    old: &ApiSummary,
    new: &ApiSummary,
    moved: &BTreeMap<String, String>,
    renamed: &dyn Fn(&str) -> String,
    push: &mut impl FnMut(Impact, String),
) {
    // `webhooks.create` under its new accessor (`webhook_endpoints.create`).
    let new_name_of = |name: &str| -> String {
        match name.split_once('.') {
            Some((resource, method)) => match moved.get(resource) {
                Some(to) => format!("{to}.{method}"),
                None => name.to_owned(),
            },
            None => name.to_owned(),
        }
    };
    for (old_name, op) in &old.operations {
        let name = &new_name_of(old_name);
        let op = &OperationSummary {
            route: op.route.clone(),
            arguments: op.arguments.iter().map(|a| renamed(a)).collect(),
            returns: renamed(&op.returns),
            body_also_as_query: op.body_also_as_query,
            errors: op.errors.as_deref().map(renamed),
        };
        match new.operations.get(name) {
            None => push(
                Impact::Breaking,
                format!("operation `{name}` removed ({})", op.route),
            ),
            Some(new_op) => compare_operation(name, op, new_op, push),
        }
    }
    let carried: BTreeSet<String> = old.operations.keys().map(|n| new_name_of(n)).collect();
    for (name, op) in &new.operations {
        if !carried.contains(name) {
            push(
                Impact::Addition,
                format!("operation `{name}` added ({})", op.route),
            );
        }
    }
}

/// What changed in one operation kept under the name `name` (`op`: the old one, its types
/// already renamed).
fn compare_operation(
    name: &str,
    op: &OperationSummary,
    new_op: &OperationSummary,
    push: &mut impl FnMut(Impact, String),
) {
    if new_op.arguments != op.arguments {
        push(
            Impact::Breaking,
            format!(
                "operation `{name}` takes `({})` instead of `({})`",
                new_op.arguments.join(", "),
                op.arguments.join(", ")
            ),
        );
    }
    if new_op.returns != op.returns {
        push(
            Impact::Breaking,
            format!(
                "operation `{name}` returns `{}` instead of `{}`",
                new_op.returns, op.returns
            ),
        );
    }
    if new_op.errors != op.errors {
        let (impact, what) = match (&op.errors, &new_op.errors) {
            (None, Some(new)) => (
                Impact::Addition,
                format!("operation `{name}`'s documented errors decode into `{new}`"),
            ),
            (Some(old), None) => (
                Impact::Breaking,
                format!("operation `{name}` no longer documents typed errors (`{old}`)"),
            ),
            (old, new) => (
                Impact::Breaking,
                format!(
                    "operation `{name}`'s errors decode into `{}` instead of `{}`",
                    new.as_deref().unwrap_or_default(),
                    old.as_deref().unwrap_or_default()
                ),
            ),
        };
        push(impact, what);
    }
    if new_op.route != op.route {
        push(
            Impact::Patch,
            format!(
                "operation `{name}` is sent as `{}` instead of `{}`",
                new_op.route, op.route
            ),
        );
    }
    if new_op.body_also_as_query != op.body_also_as_query {
        let now = if new_op.body_also_as_query {
            "sends its body's members as query parameters too"
        } else {
            "no longer sends its body's members as query parameters"
        };
        push(Impact::Patch, format!("operation `{name}` {now}"));
    }
}

/// Types removed, renamed (`renames`: old → new) or added, and what changed in each kept one.
fn compare_types(
    old: &ApiSummary,
    new: &ApiSummary,
    renames: &BTreeMap<String, String>,
    renamed: &dyn Fn(&str) -> String,
    push: &mut impl FnMut(Impact, String),
) {
    let removed: Vec<&String> = old
        .types
        .keys()
        .filter(|n| !new.types.contains_key(*n))
        .collect();
    let added: BTreeSet<&String> = new
        .types
        .keys()
        .filter(|n| !old.types.contains_key(*n) && !renames.values().any(|r| r == *n))
        .collect();
    for old_name in &removed {
        match renames.get(*old_name) {
            Some(new_name) => {
                push(
                    Impact::Breaking,
                    format!("type `{old_name}` renamed to `{new_name}`"),
                );
                compare_type(
                    new_name,
                    &old.types[*old_name],
                    &new.types[new_name],
                    renamed,
                    push,
                );
            }
            None => push(Impact::Breaking, format!("type `{old_name}` removed")),
        }
    }
    for name in added {
        push(Impact::Addition, format!("type `{name}` added"));
    }
    for (name, old_t) in &old.types {
        if let Some(new_t) = new.types.get(name) {
            compare_type(name, old_t, new_t, renamed, push);
        }
    }
}

/// Webhook event types removed or added.
fn compare_webhook_events(
    old: &ApiSummary,
    new: &ApiSummary,
    push: &mut impl FnMut(Impact, String),
) {
    for e in old.webhook_events.difference(&new.webhook_events) {
        push(
            Impact::Breaking,
            format!("webhook event type `{e}` removed"),
        );
    }
    for e in new.webhook_events.difference(&old.webhook_events) {
        push(
            Impact::Addition,
            format!("webhook event type `{e}` added (it arrived as `EventType::Unknown` before)"),
        );
    }
}

/// The accessors of a summary: those it records, and those its operation names start with
/// (a summary written before accessors were recorded has only the latter).
fn accessors(summary: &ApiSummary) -> BTreeSet<&str> {
    let mut all: BTreeSet<&str> = summary.resources.keys().map(String::as_str).collect();
    all.extend(
        summary
            .operations
            .keys()
            .filter_map(|n| n.split_once('.').map(|(r, _)| r)),
    );
    all
}

/// Resources that disappeared while one with the same operations appeared under another
/// accessor (each old route sent by the new resource too): old accessor → new accessor.
fn resource_renames(old: &ApiSummary, new: &ApiSummary) -> BTreeMap<String, String> {
    let routes = |summary: &ApiSummary, accessor: &str| -> BTreeSet<String> {
        summary
            .operations
            .iter()
            .filter(|(n, _)| n.split_once('.').is_some_and(|(r, _)| r == accessor))
            .map(|(_, o)| o.route.clone())
            .collect()
    };
    let old_accessors = accessors(old);
    let new_accessors = accessors(new);
    let mut candidates: Vec<&str> = new_accessors.difference(&old_accessors).copied().collect();
    let mut renames = BTreeMap::new();
    for from in old_accessors.difference(&new_accessors) {
        let before = routes(old, from);
        if before.is_empty() {
            continue;
        }
        if let Some(i) = candidates
            .iter()
            .position(|to| before.is_subset(&routes(new, to)))
        {
            renames.insert((*from).to_owned(), candidates.remove(i).to_owned());
        }
    }
    renames
}

/// Types that disappeared while one made from the same schema (or, failing that, of the same
/// shape) appeared: old name → new name.
fn type_renames(old: &ApiSummary, new: &ApiSummary) -> BTreeMap<String, String> {
    let mut added: BTreeSet<&String> = new
        .types
        .keys()
        .filter(|n| !old.types.contains_key(*n))
        .collect();
    let mut renames = BTreeMap::new();
    for (old_name, old_t) in old
        .types
        .iter()
        .filter(|(n, _)| !new.types.contains_key(*n))
    {
        let same_source = added
            .iter()
            .find(|n| new.types[**n].source == old_t.source)
            .copied();
        let same_shape = || {
            added
                .iter()
                .find(|n| {
                    let t = &new.types[**n];
                    t.kind == old_t.kind
                        && t.fields.keys().eq(old_t.fields.keys())
                        && t.variants.len() == old_t.variants.len()
                })
                .copied()
        };
        if let Some(new_name) = same_source.or_else(same_shape) {
            added.remove(new_name);
            renames.insert(old_name.clone(), new_name.clone());
        }
    }
    renames
}

/// `ty` with renamed type names replaced (`Option<Colour>` → `Option<Color>`).
fn rename_in(ty: &str, renames: &BTreeMap<String, String>) -> String {
    if renames.is_empty() {
        return ty.to_owned();
    }
    let mut out = String::with_capacity(ty.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        match renames.get(word.as_str()) {
            Some(new) => out.push_str(new),
            None => out.push_str(word),
        }
        word.clear();
    };
    for c in ty.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

fn compare_type(
    name: &str,
    old: &TypeSummary,
    new: &TypeSummary,
    renamed: &dyn Fn(&str) -> String,
    push: &mut impl FnMut(Impact, String),
) {
    if old.kind != new.kind {
        push(
            Impact::Breaking,
            format!(
                "type `{name}` is now a {} (was a {})",
                kind_word(&new.kind),
                kind_word(&old.kind)
            ),
        );
        return;
    }
    compare_fields(name, old, new, renamed, push);
    compare_variants(name, old, new, renamed, push);
    if old.alias.as_deref().map(renamed) != new.alias {
        push(
            Impact::Breaking,
            format!(
                "type `{name}` is now `{}` (was `{}`)",
                new.alias.as_deref().unwrap_or("?"),
                old.alias.as_deref().unwrap_or("?")
            ),
        );
    }
}

/// A struct's fields renamed (same wire name), removed, retyped, made required or optional, or
/// added, and whether it still implements `Default`.
fn compare_fields(
    name: &str,
    old: &TypeSummary,
    new: &TypeSummary,
    renamed: &dyn Fn(&str) -> String,
    push: &mut impl FnMut(Impact, String),
) {
    // A field that left while one with its wire name arrived was renamed in Rust.
    let wire = |t: &TypeSummary, field: &str| -> String {
        t.wire_names
            .get(field)
            .cloned()
            .unwrap_or_else(|| field.to_owned())
    };
    let mut field_renames: BTreeMap<&String, &String> = BTreeMap::new();
    for field in old.fields.keys().filter(|f| !new.fields.contains_key(*f)) {
        let on_wire = wire(old, field);
        if let Some(to) = new
            .fields
            .keys()
            .filter(|f| !old.fields.contains_key(*f))
            .find(|f| wire(new, f) == on_wire && !field_renames.values().any(|v| v == f))
        {
            field_renames.insert(field, to);
        }
    }
    for (field, ty) in &old.fields {
        let ty = &renamed(ty);
        if let Some(to) = field_renames.get(field) {
            let new_ty = &new.fields[*to];
            let retyped = if new_ty == ty {
                String::new()
            } else {
                format!("; its type changed (`{ty}` → `{new_ty}`)")
            };
            push(
                Impact::Breaking,
                format!(
                    "field `{name}.{field}` renamed to `{name}.{to}` (`{}` on the wire){retyped}",
                    wire(new, to)
                ),
            );
            continue;
        }
        match new.fields.get(field) {
            None => push(Impact::Breaking, format!("field `{name}.{field}` removed")),
            Some(new_ty) if new_ty == ty => {}
            Some(new_ty) => {
                let what = if ty.strip_prefix("Option<").and_then(|t| t.strip_suffix('>'))
                    == Some(new_ty.as_str())
                {
                    "became required"
                } else if new_ty
                    .strip_prefix("Option<")
                    .and_then(|t| t.strip_suffix('>'))
                    == Some(ty.as_str())
                {
                    "became optional"
                } else {
                    "changed type"
                };
                push(
                    Impact::Breaking,
                    format!("field `{name}.{field}` {what} (`{ty}` → `{new_ty}`)"),
                );
            }
        }
    }
    for (field, ty) in &new.fields {
        if old.fields.contains_key(field) || field_renames.values().any(|v| *v == field) {
            continue;
        }
        let required = !ty.starts_with("Option<");
        if required || !old.default {
            // A new required field, or any new field of a struct without `Default`, breaks
            // struct literals.
            push(
                Impact::Breaking,
                format!(
                    "field `{name}.{field}: {ty}` added{}",
                    if required {
                        " (required)"
                    } else {
                        " (the type has no `Default`)"
                    }
                ),
            );
        } else {
            push(
                Impact::Addition,
                format!("field `{name}.{field}: {ty}` added"),
            );
        }
    }
    if old.default && !new.default && !old.fields.is_empty() {
        push(
            Impact::Breaking,
            format!("type `{name}` no longer implements `Default`"),
        );
    }
}

/// Enum values and union alternatives removed, added or renamed in Rust.
fn compare_variants(
    name: &str,
    old: &TypeSummary,
    new: &TypeSummary,
    renamed: &dyn Fn(&str) -> String,
    push: &mut impl FnMut(Impact, String),
) {
    let old_variants: Vec<String> = old.variants.iter().map(|v| renamed(v)).collect();
    let old_variants: BTreeSet<&String> = old_variants.iter().collect();
    let new_variants: BTreeSet<&String> = new.variants.iter().collect();
    // String enums and tagged unions keep values they do not know in `Unknown`, error enums
    // statuses they do not know in `Other` (and are `#[non_exhaustive]`); an untagged union or
    // a response enum has no such variant, so a new alternative breaks exhaustive matches.
    let open = matches!(new.kind.as_str(), "enum" | "tagged" | "errors");
    let (word, fallback) = match new.kind.as_str() {
        "one_of" => ("alternative", "Unknown"),
        "responses" | "errors" => ("status", "Other"),
        _ => ("value", "Unknown"),
    };
    for (value, old_rust) in &old.variant_names {
        if let Some(new_rust) = new.variant_names.get(value) {
            if new_rust != old_rust {
                push(
                    Impact::Breaking,
                    format!("`{name}` value `{value}` renamed in Rust: `{name}::{old_rust}` is now `{name}::{new_rust}`"),
                );
            }
        }
    }
    for v in old_variants.difference(&new_variants) {
        push(Impact::Breaking, format!("`{name}` {word} `{v}` removed"));
    }
    for v in new_variants.difference(&old_variants) {
        if open {
            push(
                Impact::Addition,
                format!("`{name}` {word} `{v}` added (it decoded as `{fallback}` before)"),
            );
        } else {
            push(
                Impact::Breaking,
                format!("`{name}` alternative `{v}` added"),
            );
        }
    }
}

fn kind_word(kind: &str) -> &str {
    match kind {
        "struct" => "struct",
        "enum" => "string enum",
        "one_of" => "union",
        "tagged" => "tagged union",
        "alias" => "type alias",
        "responses" => "response enum",
        "errors" => "error enum",
        other => other,
    }
}

/// The changelog's first lines, when the crate has none yet.
pub fn changelog_header(krate: &str) -> String {
    format!(
        "# Changelog of `{krate}`\n\nWritten by the generator: every regeneration that changes the crate's public API appends what\nchanged, whether it breaks users, and the semver bump that follows. Newest last.\n"
    )
}
