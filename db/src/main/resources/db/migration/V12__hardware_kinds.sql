-- Catalogue hardware beyond NVIDIA GPUs: the gpu table holds every device a model can be served on, and its kind
-- says how its memory is read and how much of it a model may use. GPU and NPU: dedicated memory stated in GB as the
-- vendor states it; CPU: one socket with the system memory it is configured with, stated in GiB; UNIFIED: a system on
-- a chip whose GPU shares the system memory (Apple silicon), stated in GiB. Rows stored before are GPUs.
ALTER TABLE gpu ADD COLUMN kind VARCHAR(10) DEFAULT 'GPU' NOT NULL;
ALTER TABLE gpu ADD CONSTRAINT gpu_kind_ck CHECK (kind IN ('GPU', 'NPU', 'CPU', 'UNIFIED'));
