"""Staff-facing screens: reception desk, floorwalker assisted session, staff sign-in, dashboard.

Arrives with the queue and staff issues; the package exists now so the layer contracts cover it.
"""
