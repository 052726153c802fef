package org.avrs.peers.spark;
final class Placeholder {}
