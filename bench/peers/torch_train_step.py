#!/usr/bin/python3
"""PyTorch peer of org.avrs.bench.deep.TrainStepBench: one training step (forward, cross-entropy,
backward, Adam update) of the same networks, timed the same way.

Run (see bench/run-deep-train-step.sh, which runs both sides under the same thread count):
    OMP_NUM_THREADS=1 taskset -c 1 /usr/bin/python3 bench/peers/torch_train_step.py crnn 64 5 2 1
arguments: model (crnn | shallow-paper03[-fused] | shallow[-fused]), batch, measured steps, warm-up steps, threads.
Prints one line: "torch model=... threads=... params=... steps=... median_ms=... min_ms=... mean_ms=...
cpu_median_ms=..." (wall times, and the CPU time of the main thread, which runs every operator when
torch has one thread).
Made for Debian bookworm's python3-torch (1.13), CPU only.

The networks mirror avrs-deep's defaults exactly (the parameter counts printed by both sides must
agree): Crnn.Config.defaults(7) on (1, 298, 43) inputs and ShallowConvNet.Config.paper03(2, 68) /
defaults(2, 68) on (512, 68) windows; the "-fused" variants compute the temporal and spatial
convolutions as one convolution with the composed kernel (avrs-deep's default), the plain ones run
them one after the other (braindecode). Data: N(0, 1) samples from a fixed seed, labels i mod K, the
same mini-batch every step (the Java side reshuffles one batch of the same size each step).
"""
import statistics
import sys
import time

import torch
from torch import nn


class Crnn(nn.Module):
    def __init__(self, classes=7, channels=(32, 64, 64, 64), pool_t=(2, 2, 2, 1), pool_f=(2, 2, 2, 2),
                 frames=298, features=43, gru=64, gru_layers=3, fc=(64, 32), dropout=0.3):
        super().__init__()
        layers, c_in, t, f = [], 1, frames, features
        for c, pt, pf in zip(channels, pool_t, pool_f):
            layers += [nn.Conv2d(c_in, c, 3, padding=1, bias=False), nn.BatchNorm2d(c), nn.ReLU(),
                       nn.MaxPool2d((pt, pf))]
            c_in, t, f = c, t // pt, f // pf
        self.conv = nn.Sequential(*layers)
        self.gru = nn.GRU(c_in * f, gru, num_layers=gru_layers, bidirectional=True, batch_first=True,
                          dropout=dropout)
        head, width = [], 2 * gru
        for units in fc:
            head += [nn.Linear(width, units), nn.ReLU(), nn.Dropout(dropout)]
            width = units
        head.append(nn.Linear(width, classes))
        self.head = nn.Sequential(*head)

    def forward(self, x):
        x = self.conv(x)                                   # (B, C, T', F')
        b, c, t, f = x.shape
        x = x.permute(0, 2, 1, 3).reshape(b, t, c * f)     # (B, T', C*F')
        _, h_n = self.gru(x)
        return self.head(torch.cat([h_n[-2], h_n[-1]], dim=1))


class ShallowConvNet(nn.Module):
    def __init__(self, classes, channels, samples, kernel, pool, stride, filters=40, fused=False):
        super().__init__()
        self.fused = fused
        self.temporal = nn.Conv2d(1, filters, (kernel, 1))
        self.spatial = nn.Conv2d(filters, filters, (1, channels), bias=False)
        self.bn = nn.BatchNorm2d(filters, momentum=0.1, eps=1e-5)
        self.pool = nn.AvgPool2d((pool, 1), (stride, 1))
        self.drop = nn.Dropout(0.5)
        steps = (samples - kernel + 1 - pool) // stride + 1
        self.dense = nn.Linear(filters * steps, classes)

    def forward(self, x):                                  # (B, T, C)
        x = x.unsqueeze(1)
        if self.fused:  # one (k x C) convolution with the composed kernel, as avrs-deep's SpatioTemporalConv
            k, b, s = self.temporal.weight[:, 0, :, 0], self.temporal.bias, self.spatial.weight[:, :, 0, :]
            w = torch.einsum("fgc,gt->ftc", s, k).unsqueeze(1)
            x = self.bn(nn.functional.conv2d(x, w, torch.einsum("fgc,g->f", s, b)))
        else:
            x = self.bn(self.spatial(self.temporal(x)))
        x = torch.log(torch.clamp(self.pool(x * x), min=1e-6))
        return self.dense(self.drop(x).flatten(1))


def main():
    model, batch, steps, warmup, threads = sys.argv[1], *map(int, sys.argv[2:6])
    torch.set_num_threads(threads)
    torch.set_num_interop_threads(1)
    torch.manual_seed(1)
    if model == "crnn":
        net, shape, classes = Crnn(), (1, 298, 43), 7
    elif model.startswith("shallow-paper03"):
        net, shape, classes = ShallowConvNet(2, 68, 512, 3, 30, 4, fused=model.endswith("-fused")), (512, 68), 2
    elif model.startswith("shallow"):
        net, shape, classes = ShallowConvNet(2, 68, 512, 25, 75, 15, fused=model.endswith("-fused")), (512, 68), 2
    else:
        raise SystemExit("unknown model " + model)
    params = sum(p.numel() for p in net.parameters())
    gen = torch.Generator().manual_seed(2)
    x = torch.randn((batch,) + shape, generator=gen)
    y = torch.arange(batch) % classes
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()
    net.train()
    wall, cpu = [], []
    for i in range(warmup + steps):
        t0, c0 = time.perf_counter(), time.thread_time()
        opt.zero_grad()
        loss = loss_fn(net(x), y)
        loss.backward()
        opt.step()
        loss.item()
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.thread_time() - c0) * 1000)
    m = wall[warmup:]
    print(f"torch model={model} threads={threads} params={params} steps={steps} "
          f"median_ms={statistics.median(m):.1f} min_ms={min(m):.1f} mean_ms={statistics.mean(m):.1f} "
          f"cpu_median_ms={statistics.median(cpu[warmup:]):.1f} version={torch.__version__}")


if __name__ == "__main__":
    main()
