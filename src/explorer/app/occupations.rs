//! The app's actions about US occupations, from wherever the explorer is: picking the state
//! whose wages show beside the nation's, and going from a career page's role to its nearest
//! occupation.

use super::{App, Focus};
use crate::explorer::action::Action;
use crate::explorer::keymap::{Bind, Context, bind};
use crate::explorer::overlays::states::StatePicker;
use crate::explorer::panes::PaneId;

/// Keys that work everywhere but while typing: the Overview's footer and link name them.
pub const KEYS: &[Bind] = &[
    bind(
        Context::Everywhere,
        Action::PickWageState,
        "w",
        "wages in a US state: pick one, or the nation",
    ),
    bind(
        Context::Everywhere,
        Action::OpenNearestOccupation,
        "o",
        "open a career page role's nearest US occupation",
    ),
];

impl App {
    pub(super) fn open_state_picker(&mut self) {
        let Some(ctx) = self.ctx() else {
            return;
        };
        match StatePicker::new(&ctx) {
            Some(picker) => self.overlay = Some(Box::new(picker)),
            None => {
                self.notice = Some("The loaded catalogs have no wages by state".into());
            }
        }
    }

    /// From a career page's role to the US occupation it names as nearest, remembered for
    /// back and forward.
    pub(super) fn open_nearest_occupation(&mut self) {
        let Some(ctx) = self.ctx() else {
            return;
        };
        let role = ctx.role();
        match crate::report::facts::nearest_occupation(ctx.catalog(), ctx.role) {
            Some(other) => {
                self.visit((other, PaneId::Overview));
                self.focus = Focus::Roles;
            }
            None => {
                self.notice = Some(match (&role.nearest_occupation, &role.code) {
                    (Some(code), _) => {
                        format!("The nearest US occupation, {code}, is not in the loaded catalogs")
                    }
                    (None, Some(_)) => format!("{} is a US occupation itself", role.title),
                    (None, None) => format!("{} names no nearest US occupation", role.title),
                });
            }
        }
    }
}
