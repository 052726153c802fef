#!/usr/bin/python3
"""Golden values for avrs-deep's RecurrentStack: PyTorch's own 2-layer bidirectional GRU and LSTM.

Run:    /usr/bin/python3 tools/golden/torch_recurrent.py > avrs-deep/src/test/resources/golden/torch_recurrent.json
Made with Debian bookworm's python3-torch 1.13.0a0 (CPU), Python 3.11.

For each cell: torch.nn.GRU / torch.nn.LSTM(input_size=3, hidden_size=4, num_layers=2,
bidirectional=True, batch_first=True), default initialisation after torch.manual_seed(7),
eval mode (dropout inactive), input x ~ N(0, 1) of shape (2, 5, 3) from the same generator.
Recorded: every parameter by PyTorch's name (weight_ih_l0, weight_ih_l0_reverse, ...; gate rows in
PyTorch's order r,z,n for GRU and i,f,g,o for LSTM), the input, the output sequence (2, 5, 8) and
h_n of the last layer as [forward ‖ backward] (2, 8). Everything flattened row-major.
"""
import json
import sys

import torch


def case(kind):
    torch.manual_seed(7)
    cls = {"GRU": torch.nn.GRU, "LSTM": torch.nn.LSTM}[kind]
    net = cls(input_size=3, hidden_size=4, num_layers=2, bidirectional=True, batch_first=True).eval()
    x = torch.randn(2, 5, 3)
    with torch.no_grad():
        out, state = net(x)
    h_n = state[0] if kind == "LSTM" else state
    # h_n: (num_layers * 2, batch, hidden); the last layer's forward and backward states.
    last = torch.cat([h_n[-2], h_n[-1]], dim=1)
    return {
        "params": {name: p.detach().flatten().tolist() for name, p in net.named_parameters()},
        "input": x.flatten().tolist(),
        "inputShape": list(x.shape),
        "output": out.flatten().tolist(),
        "outputShape": list(out.shape),
        "lastState": last.flatten().tolist(),
    }


json.dump({"source": "torch " + torch.__version__ + ", tools/golden/torch_recurrent.py",
           "GRU": case("GRU"), "LSTM": case("LSTM")}, sys.stdout, indent=1)
print()
