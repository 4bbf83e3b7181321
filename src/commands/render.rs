//! `render`: one frame of the explorer drawn off-screen and printed as plain text,
//! for the README, bug reports and scripts.

use std::io::Write;

use super::{Failure, Outcome, resolve};
use crate::catalog::Catalog;
use crate::cli::RenderArgs;
use crate::explorer::theme::Theme;
use crate::explorer::{App, offscreen};

pub fn run(catalog: Catalog, args: &RenderArgs, out: &mut impl Write) -> Outcome {
    let (width, height) = parse_size(&args.size)?;
    let role = match &args.role {
        Some(role) => resolve(&catalog, role)?,
        None => 0,
    };
    let mut app = App::new(catalog).open(role, args.pane);
    app.set_theme(Theme::plain());
    write!(out, "{}", offscreen::render(&mut app, width, height))?;
    // The process ends right after (see `with_catalog`): freeing the catalog piece by piece
    // would cost more than drawing the frame.
    std::mem::forget(app);
    Ok(())
}

/// `"80x24"` → (80, 24); both between 1 and 1000.
pub fn parse_size(size: &str) -> Result<(u16, u16), Failure> {
    let parsed = size
        .split_once(['x', 'X', '×'])
        .and_then(|(w, h)| Some((w.trim().parse::<u16>().ok()?, h.trim().parse::<u16>().ok()?)))
        .filter(|&(w, h)| (1..=1000).contains(&w) && (1..=1000).contains(&h));
    parsed.ok_or_else(|| {
        Failure::Message(format!(
            "--size \"{size}\" is not WIDTHxHEIGHT (1 to 1000 each, e.g. 100x30)"
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::parse_str;
    use crate::explorer::PaneId;

    #[test]
    fn an_empty_catalog_renders_an_empty_state() {
        let Ok(catalog) = parse_str("empty.ron", "CatalogFile(title: \"x\", roles: [])")
            .and_then(|file| Catalog::from_loaded(vec![file]))
        else {
            return; // the loader refuses empty catalogs: nothing can reach `render`
        };
        for &pane in PaneId::ALL {
            let args = RenderArgs {
                pane,
                role: None,
                size: "80x20".into(),
            };
            let mut out = Vec::new();
            run(catalog.clone(), &args, &mut out).unwrap();
            let text = String::from_utf8(out).unwrap();
            assert!(text.contains("The catalog has no roles"), "{text}");
        }
    }
}
