//! Library part of the project tasks, so they can be tested: [`fetch`] downloads Apifox Markdown
//! exports of endpoint pages into the spec folder (`cargo xtask fetch-specs`).

pub mod fetch;
