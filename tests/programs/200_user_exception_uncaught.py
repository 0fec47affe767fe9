# An uncaught user exception: the traceback's last line names the class without `__main__.`.


class InventoryError(RuntimeError):
    def __init__(self, item, wanted, have):
        super().__init__(f"wanted {wanted} of {item}, have {have}")
        self.item = item


def take(item, n, stock):
    if stock.get(item, 0) < n:
        raise InventoryError(item, n, stock.get(item, 0))
    stock[item] -= n


stock = {"apples": 3}
take("apples", 2, stock)
print("left:", stock)
take("apples", 5, stock)
print("not reached")
