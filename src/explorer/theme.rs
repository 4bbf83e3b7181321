//! Styles: a dark and a light theme, or none at all. Selection never relies on colour alone
//! (REVERSED or a marker), so the explorer stays readable under NO_COLOR and on 16-colour
//! terminals. Dim text is the terminal's own foreground with the DIM attribute, never ANSI
//! DarkGray: on Solarized and other palettes DarkGray is the background colour itself.

use ratatui::style::{Color, Modifier, Style};

/// The themes a config file can choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeName {
    /// For dark backgrounds.
    #[default]
    Dark,
    /// For light backgrounds.
    Light,
}

impl ThemeName {
    pub const ALL: [ThemeName; 2] = [ThemeName::Dark, ThemeName::Light];

    pub fn as_str(self) -> &'static str {
        match self {
            ThemeName::Dark => "dark",
            ThemeName::Light => "light",
        }
    }
}

impl std::str::FromStr for ThemeName {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ThemeName::ALL
            .into_iter()
            .find(|t| t.as_str() == s)
            .ok_or_else(|| format!("unknown theme \"{s}\"; themes: dark, light"))
    }
}

/// The colours of a theme; `Theme::plain` has none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Colours {
    accent: Color,
    key: Color,
    more: Color,
    less: Color,
}

const DARK: Colours = Colours {
    accent: Color::Cyan,
    key: Color::Yellow,
    more: Color::Green,
    less: Color::Red,
};

/// Yellow and cyan wash out on white: blue and magenta read well on light backgrounds.
const LIGHT: Colours = Colours {
    accent: Color::Blue,
    key: Color::Magenta,
    more: Color::Green,
    less: Color::Red,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    colours: Option<Colours>,
}

impl Default for Theme {
    fn default() -> Self {
        Theme::new(ThemeName::Dark)
    }
}

/// Whether the explorer may use colour: the same rule as the command line's output (anstream):
/// NO_COLOR, CLICOLOR=0 and a terminal that cannot show colour turn it off, CLICOLOR_FORCE on.
pub fn colour_allowed() -> bool {
    anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never
}

impl Theme {
    pub fn new(name: ThemeName) -> Theme {
        Theme {
            colours: Some(match name {
                ThemeName::Dark => DARK,
                ThemeName::Light => LIGHT,
            }),
        }
    }

    /// No colour at all: only bold, dim, reversed and underlined.
    pub fn plain() -> Theme {
        Theme { colours: None }
    }

    /// The theme `name`, or `plain` when colour is not allowed (see [`colour_allowed`]).
    pub fn for_terminal(name: ThemeName) -> Theme {
        if colour_allowed() {
            Theme::new(name)
        } else {
            Theme::plain()
        }
    }

    pub fn has_colour(self) -> bool {
        self.colours.is_some()
    }

    fn fg(self, pick: fn(&Colours) -> Color) -> Style {
        match &self.colours {
            Some(colours) => Style::new().fg(pick(colours)),
            None => Style::new(),
        }
    }

    pub fn heading(self) -> Style {
        self.fg(|c| c.accent).add_modifier(Modifier::BOLD)
    }

    pub fn dim(self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }

    pub fn key(self) -> Style {
        self.fg(|c| c.key).add_modifier(Modifier::BOLD)
    }

    /// The selected row: reversed, so it shows without colour too.
    pub fn selected(self, focused: bool) -> Style {
        if focused {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        }
    }

    /// Matched letters of a search.
    pub fn matched(self) -> Style {
        self.fg(|c| c.key)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    pub fn bar(self) -> Style {
        self.fg(|c| c.accent)
    }

    pub fn more(self) -> Style {
        self.fg(|c| c.more)
    }

    pub fn less(self) -> Style {
        self.fg(|c| c.less)
    }

    pub fn border(self, focused: bool) -> Style {
        if focused {
            self.fg(|c| c.accent)
        } else {
            self.dim()
        }
    }

    pub fn missing(self) -> Style {
        self.dim().add_modifier(Modifier::ITALIC)
    }

    /// A one-off message (a bad config file, a state file that could not be read).
    pub fn notice(self) -> Style {
        self.fg(|c| c.less).add_modifier(Modifier::BOLD)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_theme_uses_dark_grey_or_the_palettes_background_colours() {
        for theme in [Theme::new(ThemeName::Dark), Theme::new(ThemeName::Light)] {
            let styles = [
                theme.heading(),
                theme.dim(),
                theme.key(),
                theme.matched(),
                theme.bar(),
                theme.more(),
                theme.less(),
                theme.border(false),
                theme.border(true),
                theme.missing(),
                theme.notice(),
            ];
            for style in styles {
                for colour in [style.fg, style.bg].into_iter().flatten() {
                    assert!(
                        !matches!(colour, Color::DarkGray | Color::Black | Color::White),
                        "{colour:?} is the background on common palettes"
                    );
                }
            }
        }
    }

    #[test]
    fn plain_has_no_colour_and_themes_parse_by_name() {
        let plain = Theme::plain();
        assert_eq!(plain.heading().fg, None);
        assert_eq!(plain.more().fg, None);
        assert_eq!("light".parse::<ThemeName>(), Ok(ThemeName::Light));
        assert!(
            "solarized"
                .parse::<ThemeName>()
                .unwrap_err()
                .contains("dark, light")
        );
        assert_ne!(
            Theme::new(ThemeName::Dark).key(),
            Theme::new(ThemeName::Light).key()
        );
    }
}
