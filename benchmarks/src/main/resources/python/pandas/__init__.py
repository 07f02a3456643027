"""A stand-in for pandas, for the benchmarks only: the SEMOSS Python client imports pandas at module level but the
calls the benchmarks time never build a DataFrame. Anything that would is refused rather than faked."""


class DataFrame:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("the benchmarks' pandas stand-in builds no DataFrame")

    @staticmethod
    def from_dict(*args, **kwargs):
        raise NotImplementedError("the benchmarks' pandas stand-in builds no DataFrame")


def read_json(*args, **kwargs):
    raise NotImplementedError("the benchmarks' pandas stand-in reads no JSON into a DataFrame")
