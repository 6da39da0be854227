"""Search everything: run a query off the GUI thread and show the hits."""

from casebinder.errors import CasebinderError
from casebinder.ui.actions import Area, uses
from casebinder.ui.i18n import error_text
from casebinder.usecases.search import Hit, search


class SearchActions(Area):
    @uses("search.run")
    def run(self, query: str) -> None:
        window = self.window
        if not query.strip():
            window.show_search_results(None)
            return

        def failed(error: BaseException) -> None:
            if isinstance(error, CasebinderError):
                window.statusBar().showMessage(error_text(error), 5000)

        def found(hits: list[Hit]) -> None:
            window.show_search_results(hits, query)

        self.session.read(lambda vault: search(vault, query), found, failed, key="search")
