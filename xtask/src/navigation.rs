//! The README's table of operations: every page of WooshPay's API reference navigation
//! (`specs/navigation.toml`) with its status in the generated crate — typed (the method to call)
//! or reachable through `client.raw()` — written between two marker comments of README.md by
//! `cargo xtask regenerate` and verified by `cargo xtask regenerate --check`.
//!
//! A navigation page is matched to an operation of the crate by the operation's summary (Apifox
//! exports carry the page title as the summary): compared without regard to case, whitespace,
//! the kind of apostrophe, or the spec's misspelling "Retreive". Where no summary matches, the
//! page's method and path (when the navigation file gives them) are compared with the
//! operation's route, path parameters' names aside.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Deserialize;

/// The navigation file, relative to the workspace root.
pub const NAVIGATION_FILE: &str = "specs/navigation.toml";
/// The line before the generated section of README.md.
pub const BEGIN_MARKER: &str = "<!-- operations:begin -->";
/// The line after the generated section of README.md.
pub const END_MARKER: &str = "<!-- operations:end -->";

/// What a navigation entry is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// An endpoint page: counted among the operations.
    #[default]
    Operation,
    /// A page that documents no endpoint (an introduction, an overview, a list of codes).
    Page,
    /// An endpoint-looking page that is not counted as an operation (`reason` says why).
    NotOperation,
}

/// One page of the navigation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The folders above the page, outermost first (empty for a top-level page).
    #[serde(default)]
    pub section: Vec<String>,
    /// The page title, as the navigation spells it.
    pub title: String,
    /// What the page is.
    #[serde(default)]
    pub kind: Kind,
    /// Why a page or a not-operation is not counted.
    #[serde(default)]
    pub reason: Option<String>,
    /// The HTTP method, where a source shows it.
    #[serde(default)]
    pub method: Option<String>,
    /// The path, where a source shows it.
    #[serde(default)]
    pub path: Option<String>,
    /// Where the method and path come from.
    #[serde(default)]
    pub source: Option<String>,
    /// What a reader of the path must know (shown in the table).
    #[serde(default)]
    pub note: Option<String>,
}

impl Entry {
    /// `Payouts / Beneficiary`, or `—` for a top-level page.
    pub fn section_label(&self) -> String {
        if self.section.is_empty() {
            "—".to_owned()
        } else {
            self.section.join(" / ")
        }
    }
}

/// The navigation: its entries in the tree's order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Navigation {
    /// The pages, in order.
    #[serde(default, rename = "entry")]
    pub entries: Vec<Entry>,
}

impl Navigation {
    /// Reads the navigation file's text and checks each entry's fields fit its kind.
    pub fn parse(text: &str) -> Result<Navigation, String> {
        let nav: Navigation = toml::from_str(text).map_err(|e| e.to_string())?;
        for (i, e) in nav.entries.iter().enumerate() {
            let at = || format!("entry {} (\"{}\")", i + 1, e.title);
            if e.title.trim().is_empty() {
                return Err(format!("entry {}: empty title", i + 1));
            }
            if e.kind != Kind::Operation && e.reason.as_deref().unwrap_or("").trim().is_empty() {
                return Err(format!("{}: a {:?} entry needs a `reason`", at(), e.kind));
            }
            if let Some(m) = &e.method {
                if !matches!(
                    m.as_str(),
                    "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS"
                ) {
                    return Err(format!("{}: `{m}` is not an HTTP method", at()));
                }
            }
            if let Some(p) = &e.path {
                if e.method.is_none() {
                    return Err(format!("{}: a path without a method", at()));
                }
                if !p.starts_with('/') {
                    return Err(format!("{}: path `{p}` does not start with `/`", at()));
                }
                if e.source.is_none() {
                    return Err(format!("{}: a path needs its `source`", at()));
                }
            }
        }
        Ok(nav)
    }

    /// How many entries are counted as operations.
    pub fn operation_count(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| e.kind == Kind::Operation)
            .count()
    }
}

/// One operation of the generated crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CrateOperation {
    /// The accessor (`disputes` for `client.disputes()`).
    pub resource: String,
    /// The method (`update`).
    pub name: String,
    /// The HTTP method (`POST`).
    pub http_method: String,
    /// The path template (`/v1/disputes/{id}`).
    pub path: String,
    /// The arguments as the public-API report writes them (`id: &str`, `body: &UpdateDispute`).
    pub arguments: Vec<String>,
    /// The operation's summary in the normalized document (the page title), if it has one.
    pub summary: Option<String>,
    /// The operation's first tag (`API Reference/Disputes`), if it has one.
    pub tag: Option<String>,
}

impl CrateOperation {
    /// `client.disputes().update(id, &body)`.
    pub fn call(&self) -> String {
        let args: Vec<String> = self
            .arguments
            .iter()
            .map(|a| match a.split_once(':') {
                Some((name, ty)) => {
                    let ty = ty.trim();
                    if ty.starts_with('&') && !ty.starts_with("&str") {
                        format!("&{}", name.trim())
                    } else {
                        name.trim().to_owned()
                    }
                }
                None => a.trim().to_owned(),
            })
            .collect();
        format!(
            "client.{}().{}({})",
            self.resource,
            self.name,
            args.join(", ")
        )
    }

    /// `POST /v1/disputes/{id}`.
    pub fn route(&self) -> String {
        format!("{} {}", self.http_method, self.path)
    }
}

/// The crate's operations from its public-API report (`api.json`: `resource.method` → route and
/// arguments) joined by route with the normalized document (`openapi.json`: summaries and tags).
/// Entries whose route is not a plain `METHOD /path` (the `list_all` streams: `... (every page)`)
/// are conveniences over another operation, not operations, and are left out.
pub fn crate_operations(api_json: &str, openapi_json: &str) -> Result<Vec<CrateOperation>, String> {
    let api: serde_json::Value =
        serde_json::from_str(api_json).map_err(|e| format!("api.json: {e}"))?;
    let doc: serde_json::Value =
        serde_json::from_str(openapi_json).map_err(|e| format!("openapi.json: {e}"))?;
    let operations = api
        .get("operations")
        .and_then(|o| o.as_object())
        .ok_or("api.json: no `operations` object")?;
    let mut out = Vec::new();
    for (key, op) in operations {
        let route = op
            .get("route")
            .and_then(|r| r.as_str())
            .ok_or_else(|| format!("api.json: operation `{key}` has no route"))?;
        let Some((http_method, path)) = route.split_once(' ') else {
            return Err(format!("api.json: operation `{key}`: route `{route}`"));
        };
        if path.contains(' ') {
            continue;
        }
        let (resource, name) = key
            .rsplit_once('.')
            .ok_or_else(|| format!("api.json: operation `{key}` is not `resource.method`"))?;
        let arguments = op
            .get("arguments")
            .and_then(|a| a.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        let described = doc
            .get("paths")
            .and_then(|p| p.get(path))
            .and_then(|p| p.get(http_method.to_ascii_lowercase()));
        let summary = described
            .and_then(|o| o.get("summary"))
            .and_then(|s| s.as_str())
            .map(str::to_owned);
        let tag = described
            .and_then(|o| o.get("tags"))
            .and_then(|t| t.get(0))
            .and_then(|t| t.as_str())
            .map(str::to_owned);
        out.push(CrateOperation {
            resource: resource.to_owned(),
            name: name.to_owned(),
            http_method: http_method.to_ascii_uppercase(),
            path: path.to_owned(),
            arguments,
            summary,
            tag,
        });
    }
    Ok(out)
}

/// A title as compared: lower case, one space between words, straight apostrophes, and the
/// spec's "Retreive" read as "Retrieve".
pub fn normalize_title(title: &str) -> String {
    let lower = title
        .to_lowercase()
        .replace(['\u{2019}', '\u{2018}', '`'], "'");
    lower
        .split_whitespace()
        .map(|w| match w {
            "retreive" => "retrieve",
            w => w,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A path as compared: path parameters' names blanked (`/v1/refunds/{refund_id}` and
/// `/v1/refunds/{id}` are one path), no trailing slash.
pub fn normalize_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_param = false;
    for c in path.chars() {
        match c {
            '{' => {
                in_param = true;
                out.push('{');
            }
            '}' => {
                in_param = false;
                out.push('}');
            }
            _ if in_param => {}
            c => out.push(c),
        }
    }
    while out.len() > 1 && out.ends_with('/') {
        out.pop();
    }
    out
}

/// How the navigation and the crate's operations were matched.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Matching {
    /// For each navigation entry, the index of the crate operation it documents.
    pub by_entry: Vec<Option<usize>>,
    /// Crate operations no navigation entry documents, in the crate's order.
    pub outside: Vec<usize>,
    /// Problems worth a warning line: entries without an operation, operations outside the
    /// navigation, method or path disagreements, ambiguous titles.
    pub warnings: Vec<String>,
}

impl Matching {
    /// How many operation entries have a crate operation.
    pub fn typed(&self, nav: &Navigation) -> usize {
        nav.entries
            .iter()
            .zip(&self.by_entry)
            .filter(|(e, m)| e.kind == Kind::Operation && m.is_some())
            .count()
    }
}

/// Whether the operation's tag (`API Reference/Payment Links`) names one of the entry's folders.
fn tag_fits(entry: &Entry, op: &CrateOperation) -> bool {
    let Some(tag) = &op.tag else { return false };
    let last = normalize_title(tag.rsplit('/').next().unwrap_or(tag));
    entry.section.iter().any(|s| normalize_title(s) == last)
}

/// Matches every operation entry of the navigation with at most one crate operation: by summary
/// first (for all operations), then by method and path for the operations still unmatched.
pub fn match_operations(nav: &Navigation, ops: &[CrateOperation]) -> Matching {
    let mut by_entry: Vec<Option<usize>> = vec![None; nav.entries.len()];
    let mut by_op: Vec<Option<usize>> = vec![None; ops.len()];
    let mut warnings = Vec::new();
    let mut titles: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, e) in nav.entries.iter().enumerate() {
        if e.kind == Kind::Operation {
            titles.entry(normalize_title(&e.title)).or_default().push(i);
        }
    }
    // By summary.
    for (o, op) in ops.iter().enumerate() {
        let Some(summary) = &op.summary else { continue };
        let Some(candidates) = titles.get(&normalize_title(summary)) else {
            continue;
        };
        let mut free: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|&i| by_entry[i].is_none())
            .collect();
        if free.len() > 1 {
            let fitting: Vec<usize> = free
                .iter()
                .copied()
                .filter(|&i| tag_fits(&nav.entries[i], op))
                .collect();
            if !fitting.is_empty() {
                free = fitting;
            }
        }
        if free.len() > 1 {
            // Several pages of one title: the one whose path is the operation's, if any.
            let same_route: Vec<usize> = free
                .iter()
                .copied()
                .filter(|&i| route_fits(&nav.entries[i], op))
                .collect();
            if same_route.len() == 1 {
                free = same_route;
            }
        }
        match free.as_slice() {
            [i] => {
                by_entry[*i] = Some(o);
                by_op[o] = Some(*i);
            }
            [] => warnings.push(format!(
                "`{}` ({}): its summary \"{summary}\" is the title of navigation pages that \
                 other operations already document",
                op.call(),
                op.route()
            )),
            many => warnings.push(format!(
                "`{}` ({}): its summary \"{summary}\" is the title of {} navigation pages ({}); \
                 matched by method and path only",
                op.call(),
                op.route(),
                many.len(),
                many.iter()
                    .map(|&i| nav.entries[i].section_label())
                    .collect::<Vec<_>>()
                    .join("; ")
            )),
        }
    }
    // By method and path.
    for (o, op) in ops.iter().enumerate() {
        if by_op[o].is_some() {
            continue;
        }
        let candidates: Vec<usize> = nav
            .entries
            .iter()
            .enumerate()
            .filter(|(i, e)| {
                e.kind == Kind::Operation && by_entry[*i].is_none() && route_fits(e, op)
            })
            .map(|(i, _)| i)
            .collect();
        match candidates.as_slice() {
            [i] => {
                by_entry[*i] = Some(o);
                by_op[o] = Some(*i);
                let e = &nav.entries[*i];
                warnings.push(format!(
                    "{} / {}: matched `{}` by its route {} (its summary is {})",
                    e.section_label(),
                    e.title,
                    op.call(),
                    op.route(),
                    op.summary
                        .as_deref()
                        .map(|s| format!("\"{s}\""))
                        .unwrap_or_else(|| "missing".into())
                ));
            }
            [] => {}
            many => warnings.push(format!(
                "`{}` ({}): the route of {} navigation pages; matched none",
                op.call(),
                op.route(),
                many.len()
            )),
        }
    }
    // Disagreements of the matched pairs.
    for (i, e) in nav.entries.iter().enumerate() {
        let Some(o) = by_entry[i] else { continue };
        let op = &ops[o];
        let method_differs = e
            .method
            .as_deref()
            .is_some_and(|m| !m.eq_ignore_ascii_case(&op.http_method));
        let path_differs = e
            .path
            .as_deref()
            .is_some_and(|p| normalize_path(p) != normalize_path(&op.path));
        if method_differs || path_differs {
            warnings.push(format!(
                "{} / {}: the navigation file says {} {}, the crate's `{}` is {}",
                e.section_label(),
                e.title,
                e.method.as_deref().unwrap_or("(no method)"),
                e.path.as_deref().unwrap_or("(no path)"),
                op.call(),
                op.route()
            ));
        }
    }
    for (i, e) in nav.entries.iter().enumerate() {
        if e.kind == Kind::Operation && by_entry[i].is_none() {
            warnings.push(format!(
                "{} / {}: no operation of the crate (not typed)",
                e.section_label(),
                e.title
            ));
        }
    }
    let outside: Vec<usize> = (0..ops.len()).filter(|&o| by_op[o].is_none()).collect();
    for &o in &outside {
        let op = &ops[o];
        warnings.push(format!(
            "`{}` ({}, summary {}): not in the navigation",
            op.call(),
            op.route(),
            op.summary
                .as_deref()
                .map(|s| format!("\"{s}\""))
                .unwrap_or_else(|| "missing".into())
        ));
    }
    Matching {
        by_entry,
        outside,
        warnings,
    }
}

/// Whether the entry's method and path (both needed) are the operation's route.
fn route_fits(entry: &Entry, op: &CrateOperation) -> bool {
    match (&entry.method, &entry.path) {
        (Some(m), Some(p)) => {
            m.eq_ignore_ascii_case(&op.http_method) && normalize_path(p) == normalize_path(&op.path)
        }
        _ => false,
    }
}

/// Text for a Markdown table cell: pipes escaped, line breaks as spaces.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace(['\n', '\r'], " ")
}

/// The status cell of an entry.
fn status(entry: &Entry, op: Option<&CrateOperation>) -> String {
    if let Some(op) = op {
        return format!("typed: `{}` ({})", op.call(), op.route());
    }
    let mut text = match entry.kind {
        Kind::Page => format!(
            "page, not an operation: {}",
            entry.reason.as_deref().unwrap_or("no endpoint")
        ),
        Kind::NotOperation => format!(
            "not counted: {}",
            entry.reason.as_deref().unwrap_or("not an operation")
        ),
        Kind::Operation => match (&entry.method, &entry.path) {
            (Some(m), Some(p)) => format!("not typed: `client.raw(Method::{m}, \"{p}\")`"),
            (Some(m), None) => {
                format!("not typed: `client.raw(Method::{m}, path)` (path unknown)")
            }
            (None, _) => {
                "not typed: `client.raw(method, path)` (method and path unknown)".to_owned()
            }
        },
    };
    if entry.kind == Kind::Operation {
        if let Some(note) = &entry.note {
            let _ = write!(text, "; {note}");
        }
    }
    text
}

/// The generated section: a count line and a table of every navigation entry, then the crate's
/// operations outside the navigation. Ends with a newline; excludes the marker lines.
pub fn render_section(nav: &Navigation, ops: &[CrateOperation], matching: &Matching) -> String {
    let mut out = String::new();
    let total = nav.operation_count();
    let typed = matching.typed(nav);
    let _ = writeln!(
        out,
        "<!-- Generated by `cargo xtask regenerate` from {NAVIGATION_FILE} and \
         generated-client/api.json; do not edit by hand. -->"
    );
    out.push('\n');
    let _ = writeln!(
        out,
        "{typed} of {total} operations typed; the other {} are reachable through `client.raw()`.",
        total - typed
    );
    if !matching.outside.is_empty() {
        let _ = writeln!(
            out,
            "{} operation(s) of the crate are not in the navigation (last rows).",
            matching.outside.len()
        );
    }
    out.push('\n');
    out.push_str("| section | page | status |\n| --- | --- | --- |\n");
    for (e, m) in nav.entries.iter().zip(&matching.by_entry) {
        let op = m.map(|o| &ops[o]);
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            cell(&e.section_label()),
            cell(&e.title),
            cell(&status(e, op))
        );
    }
    for &o in &matching.outside {
        let op = &ops[o];
        let title = op
            .summary
            .clone()
            .unwrap_or_else(|| format!("{}.{}", op.resource, op.name));
        let _ = writeln!(
            out,
            "| **not in the navigation** | {} | typed: `{}` ({}) |",
            cell(&title),
            op.call(),
            op.route()
        );
    }
    out
}

/// Why a README's generated section cannot be found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MarkerError {
    /// A marker line is missing.
    #[error("README.md has no `{0}` line")]
    Missing(&'static str),
    /// A marker line appears more than once.
    #[error("README.md has more than one `{0}` line")]
    Repeated(&'static str),
    /// The end marker comes first.
    #[error("README.md's `{END_MARKER}` line comes before its `{BEGIN_MARKER}` line")]
    Order,
}

/// The README with the text between its marker lines replaced by `section`.
pub fn splice(readme: &str, section: &str) -> Result<String, MarkerError> {
    let find = |marker: &'static str| -> Result<(usize, usize), MarkerError> {
        let mut found = None;
        let mut at = 0;
        for line in readme.split_inclusive('\n') {
            if line.trim_end() == marker {
                if found.is_some() {
                    return Err(MarkerError::Repeated(marker));
                }
                found = Some((at, at + line.len()));
            }
            at += line.len();
        }
        found.ok_or(MarkerError::Missing(marker))
    };
    let (_, begin_end) = find(BEGIN_MARKER)?;
    let (end_start, _) = find(END_MARKER)?;
    if end_start < begin_end {
        return Err(MarkerError::Order);
    }
    let mut out = String::with_capacity(readme.len() + section.len());
    out.push_str(&readme[..begin_end]);
    if !readme[..begin_end].ends_with('\n') {
        out.push('\n');
    }
    out.push_str(section);
    if !section.is_empty() && !section.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&readme[end_start..]);
    Ok(out)
}

/// Everything `regenerate` needs: the section text, the README as it should be, the warnings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Update {
    /// The README with a fresh section.
    pub readme: String,
    /// The matcher's warnings.
    pub warnings: Vec<String>,
    /// `N of M operations typed`.
    pub summary: String,
}

/// The README with its section regenerated from the navigation file's text and the crate's
/// `api.json` and `openapi.json` texts.
pub fn update_readme(
    readme: &str,
    navigation: &str,
    api_json: &str,
    openapi_json: &str,
) -> Result<Update, String> {
    let nav = Navigation::parse(navigation).map_err(|e| format!("{NAVIGATION_FILE}: {e}"))?;
    let ops = crate_operations(api_json, openapi_json)?;
    let matching = match_operations(&nav, &ops);
    let section = render_section(&nav, &ops, &matching);
    let readme = splice(readme, &section).map_err(|e| e.to_string())?;
    Ok(Update {
        readme,
        summary: format!(
            "{} of {} operations typed ({} crate operation(s) outside the navigation)",
            matching.typed(&nav),
            nav.operation_count(),
            matching.outside.len()
        ),
        warnings: matching.warnings,
    })
}

/// The drift check: `None` when the README is as `update` would write it, else a unified diff
/// from the README as it is to the README as it should be.
pub fn readme_drift(readme: &str, update: &Update) -> Option<String> {
    if readme == update.readme {
        return None;
    }
    let diff = similar::TextDiff::from_lines(readme, &update.readme);
    Some(
        diff.unified_diff()
            .context_radius(2)
            .header("a/README.md", "b/README.md")
            .to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(key: &str, route: &str, args: &[&str], summary: Option<&str>) -> CrateOperation {
        let (resource, name) = key.split_once('.').unwrap();
        let (m, p) = route.split_once(' ').unwrap();
        CrateOperation {
            resource: resource.into(),
            name: name.into(),
            http_method: m.into(),
            path: p.into(),
            arguments: args.iter().map(|a| a.to_string()).collect(),
            summary: summary.map(Into::into),
            tag: None,
        }
    }

    #[test]
    fn titles_compare_without_case_spacing_apostrophes_or_the_misspelling() {
        assert_eq!(
            normalize_title("  Retreive a   Session "),
            normalize_title("retrieve a session")
        );
        assert_eq!(
            normalize_title("Retrieve a Checkout Session\u{2019}s line items"),
            normalize_title("retrieve a checkout session's LINE items")
        );
        assert_ne!(
            normalize_title("Expire a Session Copy"),
            normalize_title("Expire a Session")
        );
    }

    #[test]
    fn paths_compare_without_parameter_names() {
        assert_eq!(
            normalize_path("/v1/refunds/{refund_id}"),
            normalize_path("/v1/refunds/{id}/")
        );
        assert_ne!(
            normalize_path("/v1/payment_links/id"),
            normalize_path("/v1/payment_links/{id}")
        );
    }

    #[test]
    fn calls_take_ids_by_value_and_bodies_by_reference() {
        let o = op(
            "disputes.update",
            "POST /v1/disputes/{id}",
            &["id: &str", "body: &UpdateDispute"],
            None,
        );
        assert_eq!(o.call(), "client.disputes().update(id, &body)");
        assert_eq!(
            op("balance.get", "GET /v1/balance", &[], None).call(),
            "client.balance().get()"
        );
    }

    #[test]
    fn status_of_untyped_entries_names_what_is_known() {
        let mut e = Entry {
            title: "Delete a Webhook".into(),
            method: Some("DELETE".into()),
            ..Entry::default()
        };
        assert_eq!(
            status(&e, None),
            "not typed: `client.raw(Method::DELETE, path)` (path unknown)"
        );
        e.path = Some("/v1/webhook_endpoints/{id}".into());
        e.note = Some("from integration code".into());
        assert_eq!(
            status(&e, None),
            "not typed: `client.raw(Method::DELETE, \"/v1/webhook_endpoints/{id}\")`; from integration code"
        );
        e.method = None;
        e.path = None;
        assert!(status(&e, None).contains("method and path unknown"));
    }

    #[test]
    fn splice_replaces_only_between_the_markers() {
        let readme = format!("# A\n\nintro\n{BEGIN_MARKER}\nold\nlines\n{END_MARKER}\n\n## B\n");
        let new = splice(&readme, "fresh\n").unwrap();
        assert_eq!(
            new,
            format!("# A\n\nintro\n{BEGIN_MARKER}\nfresh\n{END_MARKER}\n\n## B\n")
        );
        assert_eq!(splice(&new, "fresh\n").unwrap(), new);
        assert_eq!(
            splice("# A\n", "x\n"),
            Err(MarkerError::Missing(BEGIN_MARKER))
        );
        assert_eq!(
            splice(&format!("{END_MARKER}\n{BEGIN_MARKER}\n"), "x\n"),
            Err(MarkerError::Order)
        );
        assert_eq!(
            splice(
                &format!("{BEGIN_MARKER}\n{BEGIN_MARKER}\n{END_MARKER}\n"),
                ""
            ),
            Err(MarkerError::Repeated(BEGIN_MARKER))
        );
    }
}
