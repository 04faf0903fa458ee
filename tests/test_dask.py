"""The Dask engine runs the same partition function on a LocalCluster: same output as local."""
from __future__ import annotations

import pytest

from batch_corpus import add_bad_inputs, make_releases
from presskz.batch.partition import BatchOptions
from presskz.batch.runner import run_batch

pytestmark = pytest.mark.slow


def test_dask_cluster_output_equals_the_local_run(tmp_path):
    distributed = pytest.importorskip("distributed")
    make_releases(tmp_path / "in", 10)
    add_bad_inputs(tmp_path / "in")
    options = BatchOptions(pipeline="fast")
    local = run_batch([tmp_path / "in"], tmp_path / "local.jsonl", options, chunk_size=3)
    # a LocalCluster reached by its scheduler address, as `--scheduler tcp://...` reaches a cluster
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        dask = run_batch([tmp_path / "in"], tmp_path / "dask.jsonl", options, chunk_size=3,
                         engine="dask", scheduler=cluster.scheduler_address)
    assert (dask.documents, dask.errors) == (local.documents, local.errors) == (11, 5)
    for name in ("{}.jsonl", "{}.errors.jsonl"):
        assert (tmp_path / name.format("dask")).read_text() == \
            (tmp_path / name.format("local")).read_text()


def test_bag_partition_is_the_local_partition_function(tmp_path):
    from presskz.batch.partition import process_partition
    from presskz.batch.inputs import Unit
    from presskz.batch.dask_engine import bag_partition
    paths = make_releases(tmp_path, 2)
    units = [Unit("txt", str(p), p.stem) for p in paths]
    options = BatchOptions(pipeline="fast")
    assert bag_partition(iter(units), options) == process_partition(units, options)
