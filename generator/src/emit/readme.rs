//! The generated crate's `README.md`: what a user starts from. The dependency line, client and
//! credentials, servers and a mock server, calls and errors, pagination, webhooks and testing
//! (the crate documentation's sections, as plain Markdown), the `examples/`, and every
//! operation with its Rust call. Its Rust blocks compile: `src/lib.rs` includes the README as a
//! doctest (`ReadmeDoctests`, only under `cfg(doctest)`).

use crate::model::{Api, Operation, OperationErrors};

use super::{krate, EmitOptions, Files};

/// The Prism release the README's mock-server instructions run (the repository's contract tests
/// pin the same one in `tests/prism/package.json`; a workspace test keeps them equal).
pub const PRISM_PACKAGE: &str = "@stoplight/prism-cli@5.16.0";

/// The longest operation summary the table shows before it is cut at a word.
const MAX_SUMMARY_CHARS: usize = 120;

/// The README of the crate; `files` are the crate's other files (its `examples/` are listed).
pub fn readme(api: &Api, options: &EmitOptions, files: &Files) -> String {
    let crate_ident = options.crate_name.replace('-', "_");
    let mut out = format!(
        "<!-- {} -->\n# {}\n\n",
        options.header("").trim().replace('\n', " "),
        options.crate_name,
    );
    out.push_str(&format!(
        "A typed Rust client for {}, generated from {}. Do not edit it:\nchange the spec or the settings and run `{}`.\n\n",
        title(api, options),
        options.spec_label,
        options.regenerate_command,
    ));
    // The crate documentation: its introduction (after the title sentence, which the line
    // above replaces) first, its sections after the README's own.
    let doc = plain_markdown(&krate::crate_doc(api, options));
    let (intro, sections) = match doc.find("\n## ") {
        Some(at) => (&doc[..at], &doc[at + 1..]),
        None => (doc.as_str(), ""),
    };
    let intro = intro.split_once("\n\n").map_or("", |(_, rest)| rest).trim();
    if !intro.is_empty() {
        out.push_str(&format!("## Quick start\n\n{intro}\n\n"));
    }
    out.push_str(&install(options, &crate_ident));
    out.push_str(&servers(api, options, &crate_ident));
    out.push_str(&errors_and_pages(api, &crate_ident));
    if !sections.is_empty() {
        out.push_str(sections.trim_end());
        out.push_str("\n\n");
    }
    out.push_str(&examples(files, options));
    out.push_str(&operations(api));
    out.push_str(&format!(
        "\n{} types in `src/types.rs`, re-exported at the crate root. `openapi.json` is the normalized\ndocument the crate was generated from (what mock servers should serve).\n",
        api.types.len()
    ));
    out
}

/// The API's title, or the crate's name when the spec has none.
fn title(api: &Api, options: &EmitOptions) -> String {
    if api.title.trim().is_empty() {
        options.crate_name.clone()
    } else {
        crate::model::docs::one_line(&api.title)
    }
}

/// The dependency lines for a vendored copy.
fn install(options: &EmitOptions, crate_ident: &str) -> String {
    format!(
        "## Install\n\nThe crate builds on its own: copy this folder into your repository (say `vendor/{name}`) and\ndepend on it by path, with an async runtime:\n\n```toml\n[dependencies]\n{name} = {{ path = \"vendor/{name}\" }}\ntokio = {{ version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }}\n```\n\nIn code the crate is `{crate_ident}`. Version {version}; `CHANGELOG.md` lists what each regeneration changed\nand whether it breaks callers.\n\n",
        name = options.crate_name,
        version = options.crate_version,
    )
}

/// Credentials, the servers the spec names, and a local mock server.
fn servers(api: &Api, options: &EmitOptions, crate_ident: &str) -> String {
    let credentials = krate::credential_args(api);
    let ctor_args = krate::example_credentials(api, options).join(", ");
    let mut out = String::from("## Client, credentials and servers\n\n");
    let oauth2 = api
        .auth
        .iter()
        .any(|s| matches!(s, crate::model::AuthScheme::OAuth2 { .. }));
    if oauth2 {
        out.push_str("The API authenticates with OAuth2: the client's ID and secret (or a refresh token) go to the\nbuilder, and the client fetches and renews its access tokens itself (see OAuth2 below).\n\n");
    }
    if credentials.is_empty() && !oauth2 {
        out.push_str("The API needs no credentials: `Client::new()`.\n\n");
    } else if credentials.is_empty() {
    } else {
        out.push_str("`Client::new` and `Client::builder` take the credentials:\n\n");
        for (arg, doc, _) in &credentials {
            out.push_str(&format!("- `{}`: {doc}.\n", arg.as_str()));
        }
        out.push_str(
            "\nThey are sent only to the client's base URL and never appear in `Debug` output, logs or errors.\n\n",
        );
    }
    if !api.servers.is_empty() {
        out.push_str("Servers (`Environment`; the first is the default):\n\n");
        for server in &api.servers {
            let doc = server
                .doc
                .as_deref()
                .map(|d| format!(": {}", crate::model::docs::one_line(d)))
                .unwrap_or_default();
            let keys = if server.key_prefixes.is_empty() {
                String::new()
            } else {
                format!(
                    " (keys {})",
                    server
                        .key_prefixes
                        .iter()
                        .map(|p| format!("`{p}…`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            };
            out.push_str(&format!(
                "- {}{doc}{keys}\n",
                crate::model::docs::code_span(&server.url)
            ));
        }
        out.push('\n');
    }
    out.push_str(&format!(
        "Any other server, a mock server for instance, is a base URL. Prism serves this crate's\n`openapi.json` (from this folder; Node.js needed):\n\n```sh\nnpx --yes {PRISM_PACKAGE} mock -h 127.0.0.1 -p 4010 openapi.json\n```\n\n```rust,no_run\nfn mock_client() -> Result<{crate_ident}::Client, {crate_ident}::Error> {{\n    {crate_ident}::Client::builder({ctor_args})\n        .base_url(\"http://127.0.0.1:4010\")\n        .build()\n}}\n```\n\n"
    ));
    out
}

/// What an error carries, and a paginated list read to the end when the API has one.
fn errors_and_pages(api: &Api, crate_ident: &str) -> String {
    let mut out = format!(
        "## Errors\n\nEvery call returns `Result<_, {crate_ident}::Error>`. An error the server answered keeps its\nHTTP status, the API's error code and message when the body has them, the request ID, and the\nbody (bounded):\n\n```rust,no_run\nfn report(error: &{crate_ident}::Error) {{\n    eprintln!(\n        \"status {{:?}}, code {{:?}}, message {{:?}}, request {{:?}}: {{error}}\",\n        error.status(),\n        error.code(),\n        error.message(),\n        error.request_id(),\n    );\n}}\n```\n\nTimeouts, connection failures, `429` and `5xx` answers are retried with backoff (`POST`s keep\ntheir idempotency key); other errors are returned at once.\n\n"
    );
    out.push_str(&typed_errors(api, crate_ident));
    if let Some((resource, op)) = first_paginated(api) {
        let args = example_args(op);
        out.push_str(&format!(
            "## Pagination\n\nA list operation has a `…_all` twin that returns every item, page after page, as a lazy\nstream (`futures::Stream`, or `next()` and `try_collect()` without an extra crate):\n\n```rust,no_run\nasync fn every_item(client: &{crate_ident}::Client) -> Result<(), {crate_ident}::Error> {{\n    let mut items = client.{resource}().{name}_all({args});\n    while let Some(item) = items.next().await {{\n        println!(\"{{:?}}\", item?);\n    }}\n    Ok(())\n}}\n```\n\n",
            name = op.fn_name.as_str(),
        ));
    }
    out
}

/// How to read an operation's documented errors, when the spec documents some: its error enum
/// matched (the first operation that has one), else the one body type an operation's errors
/// share.
fn typed_errors(api: &Api, crate_ident: &str) -> String {
    let ops = || {
        api.resources
            .iter()
            .flat_map(|r| r.operations.iter().map(move |o| (r, o)))
    };
    if let Some((resource, op, e)) = ops().find_map(|(r, o)| match &o.errors {
        Some(OperationErrors::Enum(e)) => Some((r, o, e)),
        _ => None,
    }) {
        let name = &e.name;
        let Some(first) = e.outcomes.first() else {
            return String::new();
        };
        let pattern = match first.ty {
            Some(_) => format!("{name}::{}(body)", first.variant),
            None => format!("{name}::{}", first.variant),
        };
        let shown = if first.ty.is_some() {
            "{body:?}"
        } else {
            "no body"
        };
        return format!(
            "Operations whose spec documents error statuses with different bodies have an error enum, one\nvariant per status (`{name}` for `client.{resource}().{method}(…)`), read from any failed call; a status the spec does\nnot list, or a body that does not decode as it says, is `Other {{ status, body }}`:\n\n```rust,no_run\nuse {crate_ident}::{name};\n\nfn explain(error: &{crate_ident}::Error) {{\n    match error.operation_error::<{name}>() {{\n        Some({pattern}) => eprintln!(\"{status}: {shown}\"),\n        Some(other) => eprintln!(\"{{other:?}}\"),\n        None => eprintln!(\"{{error}}\"),\n    }}\n}}\n```\n\n",
            resource = resource.fn_name.as_str(),
            method = op.fn_name.as_str(),
            status = crate::model::responses::status_text(&first.status),
        );
    }
    match ops().find_map(|(_, o)| match &o.errors {
        Some(OperationErrors::Body { ty, .. }) => Some(ty.user_text(&api.types)),
        _ => None,
    }) {
        Some(ty) => format!(
            "Where every documented error status of an operation has the same body, its docs name the type\nand `error.error_body::<{ty}>()` decodes it.\n\n"
        ),
        None => String::new(),
    }
}

/// The first paginated operation whose arguments an example can write without knowing the API
/// (string path parameters, parameter and body types with a `Default`), with its resource.
fn first_paginated(api: &Api) -> Option<(&str, &Operation)> {
    api.resources.iter().find_map(|r| {
        r.operations
            .iter()
            .filter(|o| o.pagination.is_some())
            .find(|o| crate::emit::krate::callable_in_docs(api, o))
            .map(|o| (r.fn_name.as_str(), o))
    })
}

/// An operation's arguments in an example: `"..."` per path parameter, defaults for the rest.
fn example_args(op: &Operation) -> String {
    let mut args: Vec<&str> = op.path_params.iter().map(|_| "\"...\"").collect();
    if op.params_type.is_some() {
        args.push("&Default::default()");
    }
    if op.body.is_some() {
        args.push("&Default::default()");
    }
    args.join(", ")
}

/// The crate's `examples/`, each with the first line of its documentation.
fn examples(files: &Files, options: &EmitOptions) -> String {
    let listed: Vec<String> = files
        .iter()
        .filter_map(|(path, text)| {
            let name = path.strip_prefix("examples/")?.strip_suffix(".rs")?;
            let paragraph: Vec<&str> = text
                .lines()
                .filter_map(|l| l.strip_prefix("//!").map(str::trim))
                .skip_while(|l| l.is_empty())
                .take_while(|l| !l.is_empty())
                .collect();
            let first = shorten(&first_sentence(&paragraph.join(" ")));
            Some(format!(
                "- `examples/{name}.rs`: {first} (`cargo run --example {name}`)\n"
            ))
        })
        .collect();
    if listed.is_empty() {
        return String::new();
    }
    format!(
        "## Examples\n\nEach example's documentation says what it needs (the Prism ones: the mock server above, then\n`{}_BASE_URL=http://127.0.0.1:4010`, the default).\n\n{}\n",
        options.crate_name.replace('-', "_").to_uppercase(),
        listed.concat()
    )
}

/// Every operation with its Rust call and summary (else the first sentence of its
/// description).
fn operations(api: &Api) -> String {
    let mut out =
        String::from("## Operations\n\n| Rust call | HTTP | Summary |\n| --- | --- | --- |\n");
    for r in &api.resources {
        for op in &r.operations {
            let mut args: Vec<String> = op
                .path_params
                .iter()
                .map(|p| p.rust_name.as_str().to_owned())
                .collect();
            if op.params_type.is_some() {
                args.push("&params".into());
            }
            if op.body.is_some() {
                args.push("&body".into());
            }
            out.push_str(&format!(
                "| `client.{}().{}({})` | `{} {}` | {} |\n",
                r.fn_name.as_str(),
                op.fn_name.as_str(),
                args.join(", "),
                op.method,
                op.path,
                table_cell(&summary(op)),
            ));
            if op.pagination.is_some() {
                out.push_str(&format!(
                    "| `client.{}().{}_all({})` | every page of the above | a lazy stream of items |\n",
                    r.fn_name.as_str(),
                    op.fn_name.as_str(),
                    args.join(", "),
                ));
            }
        }
    }
    out
}

/// An operation's summary, else the first sentence of its description, on one line and
/// [`shorten`]ed.
fn summary(op: &Operation) -> String {
    match op.summary.as_deref().filter(|s| !s.trim().is_empty()) {
        Some(summary) => shorten(&crate::model::docs::one_line(summary)),
        None => {
            let description = op.description.as_deref().unwrap_or("");
            let paragraph = description.trim().split("\n\n").next().unwrap_or("");
            shorten(&first_sentence(&crate::model::docs::one_line(paragraph)))
        }
    }
}

/// The first sentence of a one-line text (up to the first `. `).
fn first_sentence(text: &str) -> String {
    match text.find(". ") {
        Some(end) => text[..=end].to_owned(),
        None => text.to_owned(),
    }
}

/// The text cut at a word after [`MAX_SUMMARY_CHARS`], with an ellipsis.
fn shorten(text: &str) -> String {
    if text.chars().count() <= MAX_SUMMARY_CHARS {
        return text.to_owned();
    }
    let cut: String = text.chars().take(MAX_SUMMARY_CHARS).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ':']))
}

/// Text safe in a Markdown table cell: no pipes, no line breaks.
fn table_cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// Rustdoc Markdown as plain Markdown: headings one level down, intra-doc links as code spans,
/// Rust blocks labelled `rust` with their hidden lines shown (indented as written).
pub fn plain_markdown(doc: &str) -> String {
    let mut out = Vec::new();
    let mut in_code: Option<bool> = None; // Some(is_rust) inside a fence
    let mut depth = 0usize;
    for line in doc.lines() {
        if let Some(info) = line.strip_prefix("```") {
            match in_code {
                None => {
                    let rust = info.is_empty()
                        || info.split(',').all(|t| {
                            matches!(t.trim(), "rust" | "no_run" | "ignore" | "should_panic")
                        });
                    in_code = Some(rust);
                    depth = 0;
                    out.push(if rust {
                        let rest: Vec<&str> = info
                            .split(',')
                            .map(str::trim)
                            .filter(|t| !t.is_empty() && *t != "rust")
                            .collect();
                        if rest.is_empty() {
                            "```rust".to_owned()
                        } else {
                            format!("```rust,{}", rest.join(","))
                        }
                    } else {
                        line.to_owned()
                    });
                }
                Some(_) => {
                    in_code = None;
                    out.push(line.to_owned());
                }
            }
            continue;
        }
        match in_code {
            Some(true) => {
                let (code, hidden) = match line.strip_prefix("# ") {
                    Some(code) => (code, true),
                    None if line == "#" => ("", true),
                    None => (line, false),
                };
                if hidden && code.trim_start().starts_with('}') {
                    depth = depth.saturating_sub(1);
                }
                out.push(if code.is_empty() {
                    String::new()
                } else {
                    format!("{}{code}", "    ".repeat(depth))
                });
                if hidden && code.trim_end().ends_with('{') {
                    depth += 1;
                }
            }
            Some(false) => out.push(line.to_owned()),
            None => {
                let line = match line.strip_prefix('#') {
                    Some(rest) if rest.starts_with(['#', ' ']) => format!("##{rest}"),
                    _ => line.to_owned(),
                };
                out.push(unlink(&line));
            }
        }
    }
    out.join("\n")
}

/// Intra-doc links (``[`Call`]``, ``[`Event::object()`](webhooks::Event::object())``) as code
/// spans; links to URLs are kept.
fn unlink(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(start) = rest.find("[`") {
        let Some(close) = rest[start + 2..].find("`]") else {
            break;
        };
        let code_end = start + 2 + close + 1; // just past the closing backtick
        let after = &rest[code_end + 1..];
        let target_len = after.strip_prefix('(').and_then(balanced_len);
        match target_len {
            Some(len) if after[1..1 + len].contains("://") => {
                out.push_str(&rest[..code_end + 3 + len]);
                rest = &after[len + 2..];
            }
            Some(len) => {
                out.push_str(&rest[..start]);
                out.push_str(&rest[start + 1..code_end]);
                rest = &after[len + 2..];
            }
            None => {
                out.push_str(&rest[..start]);
                out.push_str(&rest[start + 1..code_end]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The length of a parenthesized link target up to its closing parenthesis (text just after
/// the opening one; nested pairs, as in `Event::object()`, count), `None` when it is not closed.
fn balanced_len(text: &str) -> Option<usize> {
    let mut depth = 1usize;
    for (at, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(at);
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{plain_markdown, unlink};

    #[test]
    fn rustdoc_links_become_code_spans_and_urls_stay_links() {
        assert_eq!(unlink("a [`Call`]: b"), "a `Call`: b");
        assert_eq!(
            unlink("[`Event::object()`](webhooks::Event::object()) decodes"),
            "`Event::object()` decodes"
        );
        assert_eq!(
            unlink("[`Error::code`](crate::Error::code) x"),
            "`Error::code` x"
        );
        assert_eq!(
            unlink("see [`docs`](https://example.com/docs) now"),
            "see [`docs`](https://example.com/docs) now"
        );
        assert_eq!(unlink("[`a`] and [`b`]"), "`a` and `b`");
    }

    #[test]
    fn hidden_lines_are_shown_indented_and_headings_go_one_level_down() {
        let doc = "# Calls\n\n```no_run\n# async fn run() -> Result<(), x::Error> {\nlet a = 1;\n# Ok(())\n# }\n```\n\n```toml\n# a comment\n```";
        assert_eq!(
            plain_markdown(doc),
            "## Calls\n\n```rust,no_run\nasync fn run() -> Result<(), x::Error> {\n    let a = 1;\n    Ok(())\n}\n```\n\n```toml\n# a comment\n```"
        );
    }
}
